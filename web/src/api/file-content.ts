/**
 * A chosen file as base64, for the import endpoints (the file travels in a JSON body).
 * Converted in slices: spreading a whole megabyte into String.fromCharCode overflows the stack.
 */
export async function readAsBase64(file: Blob): Promise<string> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  const slice = 0x8000;
  let binary = '';
  for (let i = 0; i < bytes.length; i += slice) {
    binary += String.fromCharCode(...bytes.subarray(i, i + slice));
  }
  return btoa(binary);
}
