import { PlaygroundSession } from '../../dev/playground/session';
import { seedDemo, DEMO_NOW } from '../../dev/playground/demo';
import { startPlayground } from '../../dev/playground/server';
import type { CollectReviewsResult, ReviewRequestList } from '../../src/core/api';

/** The playground's reviews: a returned self review and an outstanding peer request in the demo, and the reviewer's view. */
describe('the playground demo reviews', () => {
  const session = new PlaygroundSession({ now: DEMO_NOW });
  const created = seedDemo(session);
  const [ada, alan] = created.people;

  it("holds Ada's self review, collected, and a peer review of Alan by Grace, still out", () => {
    const requests = (session.run('listReviewRequests', []).value as ReviewRequestList).requests;
    expect(requests.map((r) => [r.personId, r.kind, r.email, r.status])).toEqual([
      [ada!.id, 'self', 'ada@example.com', 'imported'],
      [alan!.id, 'peer', 'grace@example.com', 'sent'],
    ]);
    expect(session.reviewFiles().map((f) => f.reviewer)).toEqual(['ada@example.com', 'grace@example.com']);
    const evidence = session.workspace.spreadsheet.displayValues("'Ada Lovelace'!G1:G10").flat();
    expect(evidence.some((e) => e.includes('Self review: Interviewed 40 customers'))).toBe(true);
  });

  it('lets the page play Grace: what she saves is collected into Alan’s Peer column', async () => {
    const playground = await startPlayground({ port: 0 });
    try {
      const state = (await (await fetch(new URL('/api/state', playground.url))).json()) as {
        reviewFiles: Array<{ id: string; reviewer: string }>;
      };
      const grace = state.reviewFiles.find((f) => f.reviewer === 'grace@example.com')!;
      const page = await (await fetch(new URL(`/review/${grace.id}`, playground.url))).text();
      expect(page).toContain('grace@example.com');
      expect(page).toContain('Alan Turing');
      expect(page).toContain('data-a1="F5"');
      expect(page).not.toContain('Ada Lovelace');
      expect((await fetch(new URL('/review/nope', playground.url))).status).toBe(404);
      const saved = await fetch(new URL('/api/review', playground.url), {
        method: 'POST',
        body: JSON.stringify({ fileId: grace.id, cells: [{ a1: 'F5', value: 'Exceptional' }] }),
      });
      expect(((await saved.json()) as { ok: boolean }).ok).toBe(true);
      const collected = await fetch(new URL('/api/run', playground.url), {
        method: 'POST',
        body: JSON.stringify({ fn: 'collectReviews', args: [] }),
      });
      const result = ((await collected.json()) as { value: CollectReviewsResult }).value;
      expect(result.imported).toEqual([
        expect.objectContaining({ kind: 'peer', ratings: [expect.objectContaining({ rating: 'Exceptional' })] }),
      ]);
    } finally {
      await playground.close();
    }
  });
});
