/** Every command that prints data prints JSON with --json, and readable text otherwise. */
export function print(json: boolean, data: unknown, text: () => string): void {
  process.stdout.write(json ? `${JSON.stringify(data, null, 2)}\n` : `${text()}\n`);
}
