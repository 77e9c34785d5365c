export declare const DEFAULT_HOST: string
export declare const DEFAULT_PORT: number

export interface StaticServer {
  /** The origin to open, e.g. http://127.0.0.1:5199 (no trailing slash). */
  readonly url: string
  close(): Promise<void>
}

export interface StaticServerOptions {
  readonly root: string
  readonly host?: string
  readonly port?: number
}

export declare class PortInUseError extends Error {
  readonly code: 'EADDRINUSE'
  readonly port: number
  constructor(host: string, port: number)
}

export declare class MissingBuildError extends Error {
  readonly code: 'ENOBUILD'
  constructor(root: string)
}

export declare function contentTypeOf(filePath: string): string
export declare function resolveRequestPath(root: string, urlPath: string): string | null
export declare function createStaticServer(options: StaticServerOptions): Promise<StaticServer>

export interface StaticHandlerOptions {
  readonly root: string
  /** The security headers for this request; SECURITY_HEADERS when absent. */
  readonly headersFor?: (req: import('node:http').IncomingMessage) => Readonly<Record<string, string>>
  /** Rewrites index.html before it is sent. */
  readonly transformIndex?: (html: string, req: import('node:http').IncomingMessage) => string
}

export declare function createStaticHandler(
  options: StaticHandlerOptions,
): (req: import('node:http').IncomingMessage, res: import('node:http').ServerResponse) => Promise<void>
export declare function assertBuilt(root: string): Promise<void>
