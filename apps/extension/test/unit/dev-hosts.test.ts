import { describe, expect, it } from "vitest";
import { devHostPermissions } from "../../src/dev-hosts.js";

describe("SOLIDARIA_DEV_HOSTS (hosts a development build may read from install)", () => {
  it("adds nothing when unset or empty", () => {
    expect(devHostPermissions(undefined)).toEqual([]);
    expect(devHostPermissions(" ")).toEqual([]);
  });

  it("lists the match patterns given, separated by commas", () => {
    expect(
      devHostPermissions("https://portal.example.gob/*, *://*.example.org/casos/*,http://10.0.0.5:8443/*"),
    ).toEqual(["https://portal.example.gob/*", "*://*.example.org/casos/*", "http://10.0.0.5:8443/*"]);
  });

  it("names the variable and each pattern it cannot use", () => {
    expect(() => devHostPermissions("portal.example.gob,https://ok.example/*,ftp://x/*")).toThrow(
      [
        'SOLIDARIA_DEV_HOSTS: expected match patterns such as https://portal.example.gob/*, separated by commas; got "portal.example.gob"',
        'SOLIDARIA_DEV_HOSTS: expected match patterns such as https://portal.example.gob/*, separated by commas; got "ftp://x/*"',
      ].join("\n"),
    );
  });
});
