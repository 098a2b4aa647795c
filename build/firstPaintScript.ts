import { createHash } from 'node:crypto'
import { build, type Plugin, type Rolldown } from 'vite'

/**
 * Builds the first-paint script (src/startup/firstPaintScript.ts) into one classic script and puts it
 * right after the app's element in index.html. A classic script there runs as soon as the parser
 * reaches it, before any module script, so the theme and Today's age are on screen before the app's
 * code has even been evaluated; a module, even an async one, may run only after the app has mounted.
 */
export function firstPaintScript(entry: string, alias: Record<string, string>): Plugin {
  let fileName = ''
  return {
    name: 'cocoon-first-paint-script',
    apply: 'build',
    async buildStart() {
      const result = (await build({
        configFile: false,
        logLevel: 'silent',
        resolve: { alias },
        build: {
          write: false,
          target: 'es2022',
          copyPublicDir: false,
          minify: true,
          lib: { entry, formats: ['iife'], name: 'cocoonFirstPaint' },
        },
      })) as Rolldown.RolldownOutput[]
      const code = result[0]!.output[0].code
      fileName = `assets/first-paint-${createHash('sha256').update(code).digest('hex').slice(0, 8)}.js`
      this.emitFile({ type: 'asset', fileName, source: code })
    },
    transformIndexHtml: () => [{ tag: 'script', attrs: { src: `/${fileName}` }, injectTo: 'body' }],
  }
}
