// Every installed layout the host audit recognizes. A new layout is one module here and one line below.
import { editorExtensions } from './editor-extensions.js';
import { homebrewCasks, homebrewKegs } from './homebrew.js';
import type { Layout } from './layout.js';
import { nativeInstallers } from './native.js';
import { npmPackages } from './npm.js';
import { pythonDistributions } from './python.js';

export const layouts: readonly Layout[] = [
  npmPackages,
  pythonDistributions,
  editorExtensions,
  homebrewCasks,
  homebrewKegs,
  nativeInstallers,
];
