// The change-password page: UserManager::change_password with the session; errors next to their field.
"use strict";
(function () {
  const form = document.getElementById("change");
  form.addEventListener("submit", async function (event) {
    event.preventDefault();
    for (const field of ["oldpass", "newpass", "confirm"]) { uapi.fieldError(field, ""); }
    if (!form.oldpass.value) { uapi.fieldError("oldpass", "Enter your current password."); return; }
    if (!form.newpass.value) { uapi.fieldError("newpass", "Enter a new password."); return; }
    if (form.newpass.value !== form.confirm.value) { uapi.fieldError("confirm", "The two new passwords differ."); return; }
    const envelope = await uapi.call("UserManager", "change_password",
      { oldpass: form.oldpass.value, newpass: form.newpass.value });
    if (envelope.status === 1) {
      form.hidden = true;
      document.getElementById("changed").hidden = false;
      return;
    }
    const message = uapi.error(envelope, "The password could not be changed.");
    uapi.fieldError(message.indexOf("current password is not") >= 0 ? "oldpass" : "newpass", message);
  });
})();
