/**
 * The renderer's Content-Security-Policy, used by the built index.html (meta tag) and sent as a
 * header by the browser host. Styles need 'unsafe-inline' because antd's CSS-in-JS inserts <style>;
 * scripts never get 'unsafe-inline' or 'unsafe-eval'.
 */
export const CSP = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "worker-src 'self' blob:",
  "base-uri 'none'",
  "form-action 'none'",
  "object-src 'none'",
  "frame-ancestors 'none'",
].join('; ')
