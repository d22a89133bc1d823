// The parts of autocannon 9 that bench/load.ts uses (the package ships no types).
declare module "autocannon" {
  type Headers = Record<string, string | string[] | undefined>;

  interface RequestSpec {
    method?: string;
    path?: string;
    headers?: Record<string, string>;
    body?: string;
  }

  interface Request extends RequestSpec {
    setupRequest?: (request: RequestSpec, context: Record<string, unknown>) => RequestSpec;
    onResponse?: (status: number, body: string, context: Record<string, unknown>, headers?: Headers) => void;
  }

  interface Options {
    url: string;
    connections?: number;
    duration?: number;
    timeout?: number;
    requests?: Request[];
  }

  interface Result {
    timeouts: number;
    errors: number;
    non2xx: number;
  }

  interface Instance extends PromiseLike<Result> {
    on(event: "response", listener: (client: unknown, statusCode: number, bytes: number, responseTime: number) => void): this;
    on(event: "reqError", listener: (error: unknown) => void): this;
  }

  function autocannon(options: Options): Instance;
  export default autocannon;
}
