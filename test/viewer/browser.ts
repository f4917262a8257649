// Headless Debian chromium for the viewer tests and benchmark. Sigma draws with WebGL, which
// a machine without a GPU gets from SwiftShader, chromium's software renderer.
import { chromium, type Browser } from "playwright-core";

export const CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--use-angle=swiftshader", "--enable-unsafe-swiftshader"];

export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium", headless: true, args: CHROMIUM_ARGS });
}
