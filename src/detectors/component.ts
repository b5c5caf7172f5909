import type { Component } from '../model/component.js';
import { purlFor } from '../util/purl.js';

/** Builds a component, computing its purl from ecosystem, name and version. */
export function makeComponent(init: Omit<Component, 'purl'> & { purl?: string }): Component {
  return { ...init, purl: init.purl ?? purlFor(init.ecosystem, init.name, init.version) };
}
