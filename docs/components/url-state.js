// Shareable views: a page's filters live in the query string (?ky=2021–2025&vung=mekong_delta).
// A page reads its initial choices from the URL and writes them back, without a new history
// entry, each time they change; opening the URL restores the view.

/** The value of `name` in the URL when it is one of `allowed`, else `fallback`. */
export function fromUrl(name, allowed, fallback) {
  const value = new URLSearchParams(location.search).get(name);
  if (value === null) return fallback;
  if (!allowed) return value;
  return allowed.includes(value) ? value : fallback;
}

/** Writes these parameters into the URL; a value equal to its default (or empty) is left out. */
export function toUrl(values, defaults = {}) {
  const url = new URL(location.href);
  for (const [name, value] of Object.entries(values)) {
    if (value === null || value === undefined || value === "" || value === defaults[name]) url.searchParams.delete(name);
    else url.searchParams.set(name, String(value));
  }
  if (url.href !== location.href) history.replaceState(history.state, "", url);
}
