export declare const KIB: number;
export declare const budgets: { totalGzip: number; requests: number; contentJsGzip: number; planJsGzip: number };
export interface PageCost {
  path: string;
  requests: number;
  total: number;
  html: number;
  css: number;
  js: number;
  jsFiles: number;
  fonts: number;
  images: number;
  parts: { kind: string; url: string; bytes: number }[];
}
export declare function budgetFailures(dist?: string, base?: string): { failures: string[]; costs: PageCost[] };
export declare const totalExceptions: Record<string, number>;
export declare const requestExceptions: Record<string, number>;
export declare const jsExceptions: Record<string, number>;
