import { Component, type ComponentChildren } from 'preact';
import { t } from '@/utils/browser/i18n';

export interface ErrorBoundaryProps {
  children: ComponentChildren;
  /** The way out, e.g. back to the list; without it, the part is drawn again. */
  onReset?: () => void;
  resetLabel?: string;
  /** What stays usable when the part failed (e.g. Delete all data). */
  rescue?: ComponentChildren;
}

/**
 * One screen or section that failed to draw (a damaged record, a bug) shows a
 * message and a way out, and the rest of the page keeps working.
 */
export class ErrorBoundary extends Component<ErrorBoundaryProps, { failed: boolean }> {
  override state = { failed: false };

  static override getDerivedStateFromError(): { failed: boolean } {
    return { failed: true };
  }

  override componentDidCatch(error: unknown): void {
    console.error('A part of the page could not be shown:', error);
  }

  override render() {
    if (!this.state.failed) return this.props.children;
    const reset = () => {
      this.setState({ failed: false });
      this.props.onReset?.();
    };
    return (
      <>
        <div class="failed" role="alert">
          <p>{t('partFailed')}</p>
          <button type="button" onClick={reset}>
            {this.props.resetLabel ?? t('tryAgain')}
          </button>
        </div>
        {this.props.rescue}
      </>
    );
  }
}
