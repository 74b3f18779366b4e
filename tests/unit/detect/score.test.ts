/** The scorer of `npm run eval` follows LABELING.md §4 exactly. */
import { describe, expect, it } from 'vitest';
import {
  directiveMatches,
  doubtfulStrings,
  foldMarker,
  type GoldLabels,
  lenientMatch,
  type Predicted,
  scoreArticle,
  strictMatch,
  summarize,
} from '../../../scripts/lib/score';

describe('matching rules', () => {
  it('folds trailing punctuation and full/half-width forms in markers', () => {
    expect(foldMarker('第二，')).toBe(foldMarker('第二'));
    expect(foldMarker('(一)')).toBe(foldMarker('（一）'));
    expect(foldMarker('Firstly,')).toBe('firstly');
    expect(foldMarker('1.')).toBe('1');
  });

  it('matches a directive on marker and the first ten characters of the gold headline', () => {
    const gold = { marker: '一是', text: '加快构建以先进制造业为支撑的现代化产业体系。' };
    expect(directiveMatches({ marker: '一是', text: '加快构建以先进制造业为支撑的体系' }, gold)).toBe(true);
    expect(directiveMatches({ marker: '一是', text: '加快构建以先进制' }, gold)).toBe(false);
    expect(directiveMatches({ marker: '二是', text: gold.text }, gold)).toBe(false);
    expect(
      directiveMatches({ marker: '一是', text: '坚持和巩固，' }, { marker: '一是', text: '坚持和巩固' }),
    ).toBe(true);
  });

  it('matches headword directives on the marker alone', () => {
    expect(
      directiveMatches(
        { marker: '稳增长', text: '别的句子。' },
        { marker: '稳增长', text: '持续抓好。', style: 'headword' },
      ),
    ).toBe(true);
  });

  it('matches initiatives leniently at 60% containment and strictly without quotation marks', () => {
    expect(lenientMatch('“放管服”改革', '“放管服”')).toBe(true);
    expect(lenientMatch('整治行动', 'APP侵害用户权益的整治行动')).toBe(false);
    expect(strictMatch('“揭榜挂帅”', '揭榜挂帅')).toBe(true);
    expect(strictMatch('“放管服”改革', '“放管服”')).toBe(false);
  });

  it('reads doubtful strings from text or item fields', () => {
    expect(
      doubtfulStrings([
        { text: '国家制造业创新中心', why: 'x' },
        { item: '43号文件 / 43号文', reason: 'y' },
      ]),
    ).toEqual(['国家制造业创新中心', '43号文件', '43号文']);
  });
});

const gold: GoldLabels = {
  id: 'g',
  is_policy: true,
  directives: [
    { marker: '一、', text: '总体要求', parent_index: null, in_toc: true },
    { marker: '一、', text: '总体要求', parent_index: null },
    { marker: '（一）', text: '指导思想。', parent_index: 1 },
    { marker: '（二）', text: '基本原则。', parent_index: 1 },
  ],
  initiatives: [
    { text: '“放管服”', type: 'other' },
    { text: '43号文件', type: 'document' },
    { text: '产业基础再造工程', type: 'project' },
  ],
  doubtful: [{ item: '43号文件', reason: 'colloquial' }],
};

describe('article scores', () => {
  it('counts TOC copies as optional, scores nesting and doubtful entries both ways', () => {
    const pred: Predicted = {
      isPolicy: true,
      directives: [
        { marker: '一、', text: '总体要求', parent: null },
        { marker: '(一)', text: '指导思想。', parent: 0 },
        { marker: '(二)', text: '基本原则。', parent: null },
        { marker: '二是', text: '多余。', parent: null },
      ],
      initiatives: [
        { text: '“放管服”改革', type: 'other' },
        { text: '“放管服”改革', type: 'other' },
        { text: '43号文件', type: 'document' },
        { text: '重大工程', type: 'project' },
      ],
    };
    const s = scoreArticle(pred, gold);
    expect(s.dir).toEqual({ tp: 3, fp: 1, fn: 0, nestOk: 2 });
    expect(s.ini).toMatchObject({ tp: 1, fp: 1, fn: 1, strictTp: 0, typeOk: 1 });
  });

  it('does not score items of a non-policy article, and a page predicted non-policy shows nothing', () => {
    const pred: Predicted = {
      isPolicy: false,
      directives: [{ marker: '一、', text: '总体要求', parent: null }],
      initiatives: [],
    };
    const none = scoreArticle(pred, { ...gold, is_policy: false });
    expect(none.scored).toBe(false);
    const missed = scoreArticle(pred, gold);
    expect(missed.dir.tp).toBe(0);
    expect(missed.dir.fn).toBe(3);
    const sum = summarize([none, missed]);
    expect(sum.policyAccuracy).toBe(0.5);
    expect(sum.directives.r).toBe(0);
  });
});
