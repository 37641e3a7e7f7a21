// The part of the official midtrans-client (CommonJS, untyped) this project uses.
declare module 'midtrans-client' {
  interface ClientOptions {
    isProduction: boolean;
    serverKey: string;
    clientKey: string;
  }
  interface ApiConfig {
    getCoreApiBaseUrl(): string;
    getSnapApiBaseUrl(): string;
  }
  interface HttpClient {
    http_client: { defaults: { timeout?: number } };
  }
  interface Transaction {
    status(orderId: string): Promise<Record<string, unknown>>;
    cancel(orderId: string): Promise<Record<string, unknown>>;
    refund(orderId: string, parameter: Record<string, unknown>): Promise<Record<string, unknown>>;
  }
  class Snap {
    constructor(options: ClientOptions);
    apiConfig: ApiConfig;
    httpClient: HttpClient;
    transaction: Transaction;
    createTransaction(parameter: Record<string, unknown>): Promise<Record<string, unknown>>;
  }
  class CoreApi {
    constructor(options: ClientOptions);
    apiConfig: ApiConfig;
    httpClient: HttpClient;
    transaction: Transaction;
    charge(parameter: Record<string, unknown>): Promise<Record<string, unknown>>;
  }
  class MidtransError extends Error {
    httpStatusCode: number | string | null;
    ApiResponse: unknown;
  }
  const midtrans: { Snap: typeof Snap; CoreApi: typeof CoreApi; MidtransError: typeof MidtransError };
  export default midtrans;
}
