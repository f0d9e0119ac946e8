/**
 * A CSV text as a `data:` URL a link can download with no script. Percent-encoded only where a URL or
 * an HTML attribute needs it (%, #, quotes, &, <, >, white space, controls and non-ASCII): digits,
 * letters, commas and dots — nearly all of a table of numbers — stay as they are, so the link weighs
 * about the CSV itself (base64 would add a third).
 */
export function csvDataUrl(csv: string): string {
  return `data:text/csv;charset=utf-8,${csv.replace(/[^A-Za-z0-9,.\-+_:;()=/*!~]+/gu, (run) => encodeURIComponent(run))}`;
}
