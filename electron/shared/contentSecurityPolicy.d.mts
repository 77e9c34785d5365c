export declare const CONTENT_SECURITY_POLICY: string
export declare const META_CONTENT_SECURITY_POLICY: string
export declare function withCspMeta(html: string): string
export declare const SECURITY_HEADERS: Readonly<Record<'Content-Security-Policy' | 'X-Frame-Options' | 'X-Content-Type-Options', string>>
