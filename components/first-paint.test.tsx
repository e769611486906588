import { render } from 'preact';
import { afterAll, describe, expect, it } from 'vitest';
import { buildPopupSnapshot } from '@/utils/db/snapshot-writer';
import { listChangesAt } from '@/utils/feed/list-changes';
import { bundledActions, examplesFeed, plainLogEntry } from '@/testing/test-data';
import { showFirstPaint } from './early-paint';
import { drawFirstPaint } from './first-paint';
import { PopupRoot } from './PopupRoot';

// The popup loads the action screen after its first paint: let that load end before the test environment does.
afterAll(async () => {
  await Promise.all([import('@/components/PopupAction'), import('@/components/hooks/opened-action')]);
});

const now = new Date();
/** The bundled actions, the first ended, the others ending in days; one taken a minute ago (Undo is offered). */
const head = () => {
  const actions = bundledActions().map((action, index) => ({
    ...action,
    status: 'active' as const,
    endsAt: new Date(now.getTime() + (index * 2 - 1) * 86_400_000).toISOString(),
  }));
  const taken = { ...plainLogEntry, id: 7, actionKey: actions[1]!.key, at: new Date(now.getTime() - 60_000).toISOString() };
  return buildPopupSnapshot([examplesFeed(actions, now.toISOString())], [taken]);
};

/** What the popup's first render draws from `stored`, before any effect runs. */
function firstRender(stored = head()) {
  const app = document.createElement('div');
  render(<PopupRoot stored={stored} />, app);
  return app;
}

describe("the popup's first paint", () => {
  it("is the popup's first render, drawn to HTML by the background", async () => {
    const paint = await drawFirstPaint(head(), now);
    const app = firstRender();
    expect(app.querySelectorAll('a.action-link')).toHaveLength(bundledActions().length);
    expect(app.querySelectorAll('section[aria-labelledby="ended-heading"] a.action-link')).toHaveLength(1);
    expect(app.textContent).toContain('Undo');
    expect(paint?.html).toBe(app.innerHTML);
    expect(paint?.validUntil).toBe(listChangesAt(head(), now));
  });

  it('is not drawn while a feed fails: its alert is announced when the popup inserts it', async () => {
    const lastProblem = { code: 'offline' as const, message: 'down', at: now.toISOString() };
    const failing = { ...head(), feedProblems: [{ key: 'f', title: 'F', skipped: [], lastProblem }] };
    expect(await drawFirstPaint(failing, now)).toBeUndefined();
    // Items skipped, no alert: drawn.
    const skipping = { ...head(), feedProblems: [{ key: 'f', title: 'F', skipped: [{ id: 'x', reasons: ['no title'] }] }] };
    expect((await drawFirstPaint(skipping, now))?.html).toContain('no title');
  });

  it('is taken over by that render node by node, and becomes usable', async () => {
    const app = document.createElement('div');
    document.body.append(app);
    const paint = (await drawFirstPaint(head(), now))!;
    await showFirstPaint(paint);
    // Only the element the page has: this one is not it.
    expect(app.inert).toBe(false);
    app.id = 'app';
    document.title = '';
    await showFirstPaint(paint);
    expect(app.inert).toBe(true);
    expect(document.title).toBe('Urgent actions');
    expect(document.documentElement.lang).toBe(paint.language);
    const painted = app.innerHTML;
    const [link] = app.querySelectorAll('a.action-link');
    render(<PopupRoot stored={head()} />, app);
    expect(app.querySelector('a.action-link')).toBe(link);
    expect(app.innerHTML).toBe(painted);
    // Never over the popup's own render (`wxt dev` may run it first): nothing changes, nothing turns inert.
    app.inert = false;
    await showFirstPaint({ ...paint, html: '<p>late</p>' });
    expect(app.inert).toBe(false);
    expect(app.innerHTML).toBe(painted);
    app.remove();
  });
});
