// The userland punycode package ships no types; only what domain.ts uses is declared.
declare module 'punycode/punycode.es6.js' {
  export function toUnicode(domain: string): string;
  export function toASCII(domain: string): string;
}
