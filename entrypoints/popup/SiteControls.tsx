/**
 * "Pause on this site" / "Resume on this site" where PolicyMark runs; "Enable on this site" (optional host
 * permission, asked at the click) on other http(s) sites, and "Disable on this site" on those enabled.
 */
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { CONTENT_SCRIPT_FILE } from '../../lib/hosts';
import { t } from '../../lib/i18n';
import type { TabInfo } from '../../lib/messages';
import { hostOf } from '../../lib/page/site';
import {
  ENABLED_KEY,
  PAUSED_KEY,
  setInList,
  setPaused,
  sitePattern,
  siteState,
} from '../../lib/store/settings';

interface Site {
  host: string;
  origin: string;
  builtIn: boolean;
  enabled: boolean;
  paused: boolean;
}

export function SiteControls(props: {
  tabId: number;
  info: TabInfo | null;
  onChanged: () => void;
  onError: (message: string) => void;
}) {
  const [site, setSite] = useState<Site | null>(null);

  useEffect(() => {
    void browser.tabs.get(props.tabId).then(async (tab) => {
      // The tab's address is known with the built-in host permissions, or with activeTab once the
      // reader clicked the toolbar button.
      const url = tab.url ?? props.info?.url ?? '';
      const origin = sitePattern(url);
      if (!origin) return setSite(null);
      const host = hostOf(url);
      const stored = await browser.storage.local.get([PAUSED_KEY, ENABLED_KEY]);
      const { builtIn, chosen, paused } = siteState(stored, host, origin);
      // Enabled: built in or chosen by the reader, and the browser still grants the site (a reader can
      // withhold even a built-in host: Chrome's "on click" site access, Firefox's add-on permissions).
      setSite({
        host,
        origin,
        builtIn,
        enabled: chosen && (await browser.permissions.contains({ origins: [origin] })),
        paused,
      });
    });
  }, [props.tabId, props.info]);

  if (!site) return null;
  if (!site.enabled) {
    return (
      <button
        type="button"
        onClick={async () => {
          // The permission request must be the first thing the click does (it needs the gesture).
          const granted = await browser.permissions.request({ origins: [site.origin] });
          if (!granted) return props.onError(t('siteDenied'));
          // Built-in hosts run from the manifest once granted; other sites are recorded and registered.
          if (!site.builtIn) await setInList(ENABLED_KEY, site.origin, true);
          // A script left from an earlier "Disable" follows the list; otherwise start one now.
          if (!props.info)
            await browser.scripting.executeScript({
              target: { tabId: props.tabId },
              files: [CONTENT_SCRIPT_FILE],
            });
          props.onChanged();
        }}
      >
        {t('enableSite')}
      </button>
    );
  }
  return (
    <div class="toolbar">
      <button
        type="button"
        aria-pressed={site.paused}
        onClick={async () => {
          await setPaused(site.host, !site.paused);
          setSite({ ...site, paused: !site.paused });
          props.onChanged();
        }}
      >
        {site.paused ? t('resumeSite') : t('pauseSite')}
      </button>
      {!site.builtIn && (
        <button
          type="button"
          onClick={async () => {
            await setInList(ENABLED_KEY, site.origin, false);
            // Gives the permission back; a permission the manifest requires cannot be removed.
            await browser.permissions.remove({ origins: [site.origin] }).catch(() => false);
            props.onChanged();
          }}
        >
          {t('disableSite')}
        </button>
      )}
    </div>
  );
}
