// The API tokens page: list, create (the token is shown once), revoke; through the Tokens module.
"use strict";
(function () {
  const form = document.getElementById("create");
  const rows = document.getElementById("tokens");

  function when(seconds) {
    return new Date(seconds * 1000).toISOString().replace("T", " ").replace(/\.\d+Z$/, " UTC");
  }

  async function refresh() {
    const envelope = await uapi.call("Tokens", "list", { "api.sort_column": "name" });
    if (envelope.status !== 1) {
      document.getElementById("page-error").textContent = uapi.error(envelope, "The tokens could not be listed.");
      return;
    }
    rows.textContent = "";
    document.getElementById("no-tokens").hidden = envelope.data.length > 0;
    for (const token of envelope.data) {
      const row = rows.insertRow();
      row.insertCell().textContent = token.name;
      row.insertCell().textContent = when(token.create_time);
      const button = document.createElement("button");
      button.type = "button";
      button.className = "danger";
      button.textContent = "Revoke";
      button.setAttribute("aria-label", "Revoke " + token.name);
      button.addEventListener("click", async function () {
        if (!window.confirm("Revoke the token “" + token.name + "”? Scripts using it stop working.")) { return; }
        const answer = await uapi.call("Tokens", "revoke", { name: token.name });
        if (answer.status !== 1) {
          document.getElementById("page-error").textContent = uapi.error(answer, "The token could not be revoked.");
        }
        refresh();
      });
      row.insertCell().appendChild(button);
    }
  }

  form.addEventListener("submit", async function (event) {
    event.preventDefault();
    uapi.fieldError("name", "");
    const name = form.name.value.trim();
    if (!name) { uapi.fieldError("name", "Enter a name for the token."); return; }
    const envelope = await uapi.call("Tokens", "create_full_access", { name: name });
    if (envelope.status !== 1) {
      uapi.fieldError("name", uapi.error(envelope, "The token could not be created."));
      return;
    }
    form.name.value = "";
    document.getElementById("new-token").textContent = envelope.data.token;
    document.getElementById("created").hidden = false;
    refresh();
  });

  refresh();
})();
