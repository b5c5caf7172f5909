// Git LFS pointers: a file committed through LFS holds this small text in place of its content.
const LFS_POINTER = new TextEncoder().encode('version https://git-lfs.github.com/spec/v1');

/** Whether `bytes` are an LFS pointer (its first line, in a file of at most 1 KiB). */
export function isLfsPointer(bytes: Uint8Array): boolean {
  if (bytes.length < LFS_POINTER.length || bytes.length > 1024) return false;
  for (let i = 0; i < LFS_POINTER.length; i++) if (bytes[i] !== LFS_POINTER[i]) return false;
  return true;
}
