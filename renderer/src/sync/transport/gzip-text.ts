/** A request body, gzip'd when the platform can (CompressionStream: Chromium, Node 18+). */
export async function gzipText(text: string): Promise<{ body: BodyInit; encoding: 'gzip' | null }> {
  if (typeof CompressionStream === 'undefined') return { body: text, encoding: null };
  const stream = new Blob([text]).stream().pipeThrough(new CompressionStream('gzip'));
  return { body: await new Response(stream).arrayBuffer(), encoding: 'gzip' };
}
