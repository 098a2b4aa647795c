import type { Plugin } from 'vite'

// A meta tag cannot carry frame-ancestors; static hosts should also send it as a header (README).
export const contentSecurityPolicy = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "worker-src 'self'",
  "manifest-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
].join('; ')

/** The policy as a meta tag right after the charset, where the browser reads it before any script. */
export function withContentSecurityPolicy(html: string): string {
  if (!html.includes('<meta charset="UTF-8" />'))
    throw new Error('index.html has no charset meta to put the CSP after.')
  return html.replace(
    '<meta charset="UTF-8" />',
    `$&\n    <meta http-equiv="Content-Security-Policy" content="${contentSecurityPolicy}" />`,
  )
}

// Only in the build: the dev server injects inline styles for hot reload.
export function cspInBuild(): Plugin {
  return { name: 'cocoon-csp', apply: 'build', transformIndexHtml: withContentSecurityPolicy }
}
