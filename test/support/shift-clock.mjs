// Preloaded with `node --import` in the determinism test: the clock reads 4 July 2031, 23:59,
// so any use of the current date or time in the output would change its bytes.
const shifted = Date.UTC(2031, 6, 4, 23, 59, 30)
const RealDate = Date
const offset = shifted - RealDate.now()
globalThis.Date = class extends RealDate {
  constructor(...args) { super(...(args.length ? args : [RealDate.now() + offset])) }
  static now() { return RealDate.now() + offset }
}
