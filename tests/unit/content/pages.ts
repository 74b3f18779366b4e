/** The test pages the content script's unit tests read: an English central-bank page and a Traditional gov.cn page. */

export const FED = {
  title: 'Federal Reserve issues FOMC statement',
  body: [
    'The Federal Reserve Board announced the Bank Term Funding Program will cease making new loans.',
    'The Committee decided to maintain the target range for the federal funds rate. The Governing Council reviewed the asset purchase programme (APP).',
  ],
};

export const GOV_TRADITIONAL = {
  title: '國務院辦公廳關於促進融資擔保行業加快發展的意見',
  body: [
    '各省、自治區、直轄市人民政府，國務院各部委、各直屬機構：',
    '為促進融資擔保行業加快發展，經國務院同意，現提出以下意見。',
    '一是實施「揭榜掛帥」機制，推進產業基礎再造工程。二是加大國家融資擔保基金支持力度。',
  ],
};
