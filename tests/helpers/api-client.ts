import type { FastifyInstance } from 'fastify';

type Method = 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';

export interface ApiResponse<T = unknown> {
  status: number;
  body: T;
  headers: Record<string, unknown>;
}

/**
 * Talks to the app as a browser would: keeps cookies, fetches a CSRF token before the first
 * change and sends it as x-csrf-token. `csrf: false` leaves the token out (to test rejection).
 */
export class ApiClient {
  private readonly cookies = new Map<string, string>();
  private csrfToken: string | undefined;

  constructor(private readonly app: FastifyInstance) {}

  async request<T = unknown>(
    method: Method,
    url: string,
    payload?: unknown,
    opts: { csrf?: boolean } = {},
  ): Promise<ApiResponse<T>> {
    const headers: Record<string, string> = {};
    if (method !== 'GET' && opts.csrf !== false) {
      headers['x-csrf-token'] = await this.csrf();
    }
    const cookie = [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
    if (cookie) headers.cookie = cookie;
    const res = await this.app.inject({
      method,
      url,
      headers,
      ...(payload === undefined ? {} : { payload: payload as Record<string, unknown> }),
    });
    for (const c of res.cookies as {
      name: string;
      value: string;
      maxAge?: number;
      expires?: Date;
    }[]) {
      const expired = c.value === '' || (c.expires && c.expires.getTime() < Date.now());
      if (expired) this.cookies.delete(c.name);
      else this.cookies.set(c.name, c.value);
    }
    const text = res.body;
    return {
      status: res.statusCode,
      body: (text ? JSON.parse(text) : null) as T,
      headers: res.headers,
    };
  }

  async csrf(): Promise<string> {
    if (!this.csrfToken) {
      this.csrfToken = '';
      const res = await this.request<{ token: string }>('GET', '/api/auth/csrf');
      this.csrfToken = res.body.token;
    }
    return this.csrfToken;
  }

  get = <T = unknown>(url: string) => this.request<T>('GET', url);
  post = <T = unknown>(url: string, body?: unknown) => this.request<T>('POST', url, body ?? {});
  patch = <T = unknown>(url: string, body?: unknown) => this.request<T>('PATCH', url, body ?? {});

  async login(email: string, password: string): Promise<ApiResponse> {
    return this.post('/api/auth/login', { email, password });
  }
}
