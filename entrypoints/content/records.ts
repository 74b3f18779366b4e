/** Reads the tags the reader typed into a note card. */

/**
 * Tags separated by commas, semicolons (either width) or new lines: each trimmed, less a leading #, cut to
 * 100 characters; distinct; at most 50.
 */
export function parseTags(input: string): string[] {
  const seen = new Set<string>();
  for (const raw of input.split(/[,，;；\n]/)) {
    const tag = raw.trim().replace(/^#/, '').slice(0, 100);
    if (tag) seen.add(tag);
  }
  return [...seen].slice(0, 50);
}
