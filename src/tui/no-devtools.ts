// Stand-in for `react-devtools-core` in the bundled terminal UI: ink connects to
// React DevTools only when DEV=true, which a user's run never sets.
export default { connectToDevTools(): void {} };
