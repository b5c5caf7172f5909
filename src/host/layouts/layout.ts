// What an installed-layout recognizer is: which paths of a filesystem prove an installation, and
// how to read the component out of them. The filesystem walk and the image reader share these, so
// a machine and a container image are judged by the same rules.
import type { Component, ScanError } from '../../model/component.js';
import { lineAt } from '../../util/lines.js';

/** One entry of the audited tree: a path relative to the root (`/` separators), and its kind. */
export interface TreeEntry {
  path: string;
  kind: 'file' | 'dir' | 'link';
}

/**
 * One installation: its component, and the path of the installation itself (the package folder,
 * the version folder), which is how one installation seen through two entries (a version folder and
 * the link to it) is reported once.
 */
export interface Installation {
  component: Component;
  at: string;
}

export interface LayoutResult {
  installations: Installation[];
  errors: ScanError[];
}

/** What a layout may ask while parsing. */
export interface ParseContext {
  /**
   * Whether a file's text could name something the policy covers in this ecosystem: metadata that
   * cannot be read is an error only then (a broken test fixture inside some package names nothing
   * the policy covers, and must not fail an audit of a whole machine).
   */
  mayName(text: string, ecosystem: Component['ecosystem']): boolean;
}

export interface Layout {
  /** What the layout is, used as each component's `source` (`npm package folder`, …). */
  id: string;
  /** Whether the content of this file proves an installation (it is read only then). */
  readsFile?(path: string): boolean;
  /** The installation(s) a file proves; `text` is the file's content, decoded as UTF-8. */
  parse?(path: string, text: string, context: ParseContext): LayoutResult;
  /** An installation proven by the path alone (a version folder), else null. */
  fromPath?(entry: TreeEntry): Installation | null;
  /** Whether a link at this path is one the layout reads the target of. */
  readsLink?(path: string): boolean;
  /**
   * The installation a link names: `target` is where it points, resolved inside the root (`/`
   * separators, relative to the root), or null when it points out of the root.
   */
  fromLink?(path: string, target: string | null): Installation | null;
}

/** The folder a path is in (`''` at the root). */
export function parentOf(path: string): string {
  const i = path.lastIndexOf('/');
  return i < 0 ? '' : path.slice(0, i);
}

/** 1-based line of the first line of `text` holding `needle`, else 1. */
export function lineOf(text: string, needle: RegExp): number {
  const m = needle.exec(text);
  return m ? lineAt(text, m.index) : 1;
}
