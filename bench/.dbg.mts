import { launchChromium } from "/work/main/tests/e2e/chromium.ts";
import { serveStatic } from "/work/main/tests/e2e/static-server.ts";
const server = await serveStatic("/work/main/dist");
const browser = await launchChromium();
const page = await browser.newPage();
await page.goto(server.url + "/van-ban/000_0893587e615f0e18#f-01237d3a694e", { waitUntil: "networkidle" });
await page.waitForTimeout(1000);
console.log(await page.evaluate(() => [location.hash, document.querySelectorAll("mark").length, document.querySelector("mark.current")?.id, document.querySelector("#f-01237d3a694e")?.className]));
await browser.close(); await server.close();
