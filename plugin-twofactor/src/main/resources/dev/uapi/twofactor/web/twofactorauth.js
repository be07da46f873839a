// TwoFactorAuth's own page: status, set up (QR code, key for manual entry, code), reconfigure, remove; every
// action through the module's UAPI functions with the session.
"use strict";
(function () {
  const $ = function (id) { return document.getElementById(id); };
  let secret = "";

  function pageError(text) { $("page-error").textContent = text; }

  async function status() {
    const envelope = await uapi.call("TwoFactorAuth", "get_user_configuration");
    if (envelope.status !== 1) { pageError(uapi.error(envelope, "The configuration could not be read.")); return; }
    const enabled = envelope.data.is_enabled === 1;
    $("status-text").textContent = enabled
      ? "Two-factor authentication is on (issuer: " + envelope.data.issuer + "). Signing in asks for a code."
      : "Two-factor authentication is off. Signing in needs only your password.";
    $("set-up").hidden = enabled;
    $("reconfigure").hidden = !enabled;
    $("remove").hidden = !enabled;
  }

  async function generate() {
    pageError("");
    const envelope = await uapi.call("TwoFactorAuth", "generate_user_configuration");
    if (envelope.status !== 1) { pageError(uapi.error(envelope, "A key could not be made.")); return; }
    secret = envelope.data.secret;
    $("qr").src = envelope.data.qr_code;
    $("secret").textContent = secret.replace(/(.{4})/g, "$1 ").trim();
    $("enroll").hidden = false;
    $("status").hidden = true;
    $("tfa_token").value = "";
    uapi.fieldError("tfa_token", "");
    $("tfa_token").focus();
  }

  $("set-up").addEventListener("click", generate);
  $("reconfigure").addEventListener("click", generate);
  $("cancel").addEventListener("click", function () {
    secret = "";
    $("enroll").hidden = true;
    $("status").hidden = false;
  });
  $("remove").addEventListener("click", async function () {
    if (!window.confirm("Remove two-factor authentication? Signing in will need only your password.")) { return; }
    const envelope = await uapi.call("TwoFactorAuth", "remove_user_configuration");
    if (envelope.status !== 1) { pageError(uapi.error(envelope, "Two-factor authentication could not be removed.")); }
    status();
  });
  $("confirm").addEventListener("submit", async function (event) {
    event.preventDefault();
    const code = $("tfa_token").value.replace(/\s+/g, "");
    if (!code) { uapi.fieldError("tfa_token", "Enter the code the app shows."); return; }
    const envelope = await uapi.call("TwoFactorAuth", "set_user_configuration", { secret: secret, tfa_token: code });
    if (envelope.status !== 1) {
      uapi.fieldError("tfa_token", uapi.error(envelope, "The security code is invalid."));
      return;
    }
    secret = "";
    $("enroll").hidden = true;
    $("status").hidden = false;
    status();
  });

  status();
})();
