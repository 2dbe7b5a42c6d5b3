import { defineConfig } from '@playwright/test';

// Two projects: every spec runs with JavaScript on and again with it off, because every
// core flow must work without JavaScript.
const port = Number(process.env.E2E_PORT ?? 3100);
const baseURL = `http://127.0.0.1:${port}`;
const providerPort = Number(process.env.E2E_PROVIDER_PORT ?? port + 90);

const chromium = {
  browserName: 'chromium' as const,
  launchOptions: {
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-quic',
    ],
  },
};

export default defineConfig({
  testDir: './tests',
  fullyParallel: false,
  workers: 1,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: [['list']],
  use: { baseURL, locale: 'sv-SE', trace: 'off' },
  projects: [
    { name: 'js-on', use: { ...chromium, javaScriptEnabled: true } },
    { name: 'js-off', use: { ...chromium, javaScriptEnabled: false } },
  ],
  webServer: [
    // The municipality's identity provider, as far as the app can tell (OpenID Connect).
    {
      command: `node end2end/oidc-provider.mjs ${providerPort}`,
      cwd: '..',
      url: `http://127.0.0.1:${providerPort}/.well-known/openid-configuration`,
      timeout: 30_000,
      reuseExistingServer: false,
      stdout: 'ignore',
      stderr: 'ignore',
    },
    {
      command: `bash end2end/serve.sh ${port} ${providerPort}`,
      cwd: '..',
      url: `${baseURL}/`,
      timeout: 120_000,
      reuseExistingServer: false,
      stdout: 'ignore',
      stderr: 'pipe',
    },
  ],
});
