/**
 * Loading a page's notes while the page writes notes of its own (entrypoints/content/page-state.ts): a
 * load that overlaps one of its writes may have read before that write landed, so it reads again, and a
 * fresh save is not hidden until the next reload.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { loadRecords } from '../../../entrypoints/content/page-state';
import { sampleRecord } from '../sample-record';

const sendRequest = vi.hoisted(() => vi.fn());
vi.mock('../../../lib/send-request', async (original) => ({
  ...(await original<typeof import('../../../lib/send-request')>()),
  sendRequest,
}));

const URL_ = 'https://finance.sina.com.cn/china/2021-07-16/doc-ikqciyzk5783226.shtml';
const older = sampleRecord();
const saved = sampleRecord();

beforeEach(() => {
  sendRequest.mockReset();
});

describe('loadRecords', () => {
  it('no write meanwhile: one read', async () => {
    sendRequest.mockResolvedValue({ ok: true, value: { records: [older] } });
    expect(await loadRecords(URL_, [], () => 0)).toEqual([older]);
    expect(sendRequest.mock.calls).toEqual([['annotations:for-page', { url: URL_ }]]);
  });

  it('a save of this page lands while the notes load: they are read again and include it', async () => {
    let writes = 0;
    sendRequest
      // Read before the save landed; the save's reply arrives before this answer.
      .mockImplementationOnce(async () => {
        writes++;
        return { ok: true, value: { records: [older] } };
      })
      .mockResolvedValueOnce({ ok: true, value: { records: [older, saved] } });
    expect(await loadRecords(URL_, [], () => writes)).toEqual([older, saved]);
    expect(sendRequest).toHaveBeenCalledTimes(2);
  });

  it('writes that keep landing: read at most three times; no answer: the notes held', async () => {
    let writes = 0;
    sendRequest.mockImplementation(async () => {
      writes++;
      return { ok: true, value: { records: [older, saved] } };
    });
    expect(await loadRecords(URL_, [], () => writes)).toEqual([older, saved]);
    expect(sendRequest).toHaveBeenCalledTimes(3);
    sendRequest.mockReset();
    sendRequest.mockResolvedValue({ ok: false, error: 'the worker did not answer' });
    expect(await loadRecords(URL_, [older], () => writes)).toEqual([older]);
  });

  it('a read again that fails leaves the first one, not the notes held', async () => {
    let writes = 0;
    sendRequest
      .mockImplementationOnce(async () => {
        writes++;
        return { ok: true, value: { records: [older, saved] } };
      })
      .mockResolvedValueOnce({ ok: false, error: 'the worker did not answer' });
    expect(await loadRecords(URL_, [], () => writes)).toEqual([older, saved]);
    expect(sendRequest).toHaveBeenCalledTimes(2);
  });
});
