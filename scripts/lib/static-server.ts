/**
 * Serves the built site (.vitepress/dist) on a loopback port the way a static host would with clean
 * URLs: `/matrix` answers with `matrix.html`.
 */
import { createServer, type Server } from 'node:http'
import { existsSync, readFileSync, statSync } from 'node:fs'
import { extname, join, normalize } from 'node:path'

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.woff2': 'font/woff2',
  '.xml': 'application/xml',
  '.txt': 'text/plain; charset=utf-8',
}

function resolveFile(dist: string, urlPath: string): string | undefined {
  const clean = normalize(decodeURIComponent(urlPath.split('?')[0]!)).replace(/^(\.\.[/\\])+/, '')
  const candidates = [join(dist, clean), join(dist, `${clean}.html`), join(dist, clean, 'index.html')]
  return candidates.find((p) => existsSync(p) && statSync(p).isFile())
}

export async function serve(dist: string): Promise<{ url: string; server: Server }> {
  const server = createServer((req, res) => {
    const file = resolveFile(dist, req.url ?? '/')
    if (!file) {
      res.writeHead(404, { 'content-type': 'text/html; charset=utf-8' })
      res.end(existsSync(join(dist, '404.html')) ? readFileSync(join(dist, '404.html')) : 'not found')
      return
    }
    res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' })
    res.end(readFileSync(file))
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const address = server.address()
  if (!address || typeof address === 'string') throw new Error('server has no port')
  return { url: `http://127.0.0.1:${address.port}`, server }
}
