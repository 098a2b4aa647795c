// Serves a production build over HTTPS for Lighthouse. A PWA is only ever served over HTTPS (service
// workers need it), and every HTTPS host speaks HTTP/2, which Vite's preview server then does too;
// plain `vite preview` speaks HTTP/1.1, whose six connections Lighthouse's simulation charges for.
//   node bench/lighthouse-serve.mjs <outDir> <port> <key.pem> <cert.pem>
import { readFileSync } from 'node:fs'
import { preview } from 'vite'

const [outDir, port, keyFile, certFile] = process.argv.slice(2)
await preview({
  build: { outDir },
  logLevel: 'warn',
  preview: {
    host: '127.0.0.1',
    port: Number(port),
    strictPort: true,
    https: { key: readFileSync(keyFile), cert: readFileSync(certFile) },
  },
})
