// @npmcli/agent ships no types; the resolver uses its Agent class and getProxy (see
// src/resolver/limited-agent.ts, which states the shapes it relies on).
declare module '@npmcli/agent';
declare module '@npmcli/agent/lib/proxy.js';
