/**
 * The ribbon command's notice dialog: shows the title and message from the query string as plain
 * text. It needs no Office.js, since the user closes the dialog with its own close button.
 */
const params = new URLSearchParams(window.location.search);
const title = document.getElementById("title");
const message = document.getElementById("message");
if (title) title.textContent = params.get("title") ?? "CreditDesk";
if (message) message.textContent = params.get("message") ?? "";
document.documentElement.lang = /[\u4e00-\u9fff]/.test(message?.textContent ?? "") ? "zh-CN" : "en";
