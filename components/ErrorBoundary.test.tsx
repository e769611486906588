import { fireEvent, render, screen } from '@testing-library/preact';
import { useState } from 'preact/hooks';
import { describe, expect, it, vi } from 'vitest';
import { ErrorBoundary } from './ErrorBoundary';

function Fragile({ fail }: { fail: boolean }) {
  if (fail) throw new RangeError('Invalid time value');
  return <p>Drawn</p>;
}

describe('ErrorBoundary', () => {
  it('shows a message and a way out instead of the part that failed, and keeps the rest', () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    function Page() {
      const [fail, setFail] = useState(true);
      return (
        <>
          <ErrorBoundary onReset={() => setFail(false)} resetLabel="Back to the list">
            <Fragile fail={fail} />
          </ErrorBoundary>
          <button type="button">Delete all data</button>
        </>
      );
    }
    render(<Page />);
    expect(screen.getByRole('alert').textContent).toContain('This part could not be shown');
    expect(screen.getByRole('button', { name: 'Delete all data' })).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Back to the list' }));
    expect(screen.getByText('Drawn')).toBeTruthy();
    expect(screen.queryByRole('alert')).toBeNull();
  });
});
