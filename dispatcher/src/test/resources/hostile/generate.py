#!/usr/bin/env python3
"""Writes requests.jsonl: the hostile-request corpus HostileRequestsTest replays against the real server.

One JSON object per line: {"name": ..., "request": ...}. The request is raw bytes, one character per byte
(\\u00ff is the byte 0xFF), sent as is on a fresh loopback connection. {TOKEN} stands for a valid API token
of the account alice (32 characters, so Content-Length values stay right). Run it again after editing:
    python3 generate.py > requests.jsonl
"""
import json
import sys

AUTH = "Authorization: cpanel alice:{TOKEN}\r\n"
out = []


def add(name, raw):
    out.append({"name": name, "request": raw})


def get(name, target, headers=AUTH):
    add(name, "GET " + target + " HTTP/1.1\r\nHost: x\r\n" + headers + "Connection: close\r\n\r\n")


def post(name, target, ctype, body, headers=AUTH):
    data = body if isinstance(body, str) else body.decode("latin-1")
    add(name, "POST " + target + " HTTP/1.1\r\nHost: x\r\n" + headers + "Content-Type: " + ctype
        + "\r\nContent-Length: " + str(len(data)) + "\r\nConnection: close\r\n\r\n" + data)


def utf8(text):
    """Text as the bytes UTF-8 makes of it, one character per byte."""
    return text.encode("utf-8", "surrogatepass").decode("latin-1")


# text that must never reach a module or a log as it came: escaped for a query, raw, and as JSON
ESCAPED = {
    "nul": "%00", "x-nul": "x%00", "nul-middle": "a%00b", "ff": "%FF", "fe": "%FE", "c0af-overlong": "%C0%AF",
    "e0-80-80-overlong": "%E0%80%80", "encoded-surrogate": "%ED%A0%80", "encoded-low-surrogate": "%ED%B0%80",
    "truncated-utf8": "%E2%9C", "lone-continuation": "%80", "f5": "%F5%80%80%80", "bad-escape": "%ZZ",
    "short-escape": "%4", "percent": "%", "double-percent": "%%", "plus": "+", "crlf": "%0D%0A",
    "tab": "%09", "bell": "%07", "del": "%7F", "zero-width": "%E2%80%8B", "bom": "%EF%BB%BF",
    "replacement": "%EF%BF%BD", "cyrillic-a": "%D0%B0lice", "rtl-override": "%E2%80%AE", "emoji": "%F0%9F%98%80",
    "long": "a" * 3000, "html": "%3Cscript%3E", "sql": "'%20OR%201=1--", "path": "..%2F..%2Fetc%2Fpasswd",
    "json-ish": "%7B%22a%22:1%7D", "brackets": "[]", "semicolon": "a;b", "equals": "a=b=c", "empty": "",
}
RAW = {
    "raw-ff": "\u00ff", "raw-e9": "\u00e9", "raw-c3": "\u00c3", "raw-utf8-e-acute": utf8("\u00e9"),
    "raw-utf8-cyrillic": utf8("\u0430lice"), "raw-ed-a0-80": "\u00ed\u00a0\u0080", "raw-tab": "\t",
    "raw-del": "\u007f", "raw-nul": "\u0000", "raw-utf8-replacement": utf8("\ufffd"),
}
JSON_STRINGS = {
    "json-nul": "\\u0000", "json-high-surrogate": "\\ud800", "json-low-surrogate": "\\udc00",
    "json-reversed-pair": "\\udc00\\ud800", "json-pair": "\\ud83d\\ude00", "json-nul-middle": "a\\u0000b",
    "json-zero-width": "\\u200b", "json-control": "\\u0001", "json-long": "b" * 3000,
}

FUNCTIONS = ["/execute/Probe/echo", "/execute/Tokens/create_full_access", "/execute/Tokens/rename",
             "/execute/Tokens/revoke", "/execute/Tokens/list"]
KEYS = ["name", "new_name", "secret", "a"]

# 1. query values and names through each function
for label, text in {**ESCAPED, **RAW}.items():
    for path in FUNCTIONS:
        get("query value " + label + " " + path, path + "?name=" + text + "&new_name=" + text)
    get("query name " + label, "/execute/Probe/echo?" + text + "=1")
    get("query api name " + label, "/execute/Tokens/list?api." + text + "=1")
    get("query api value " + label, "/execute/Tokens/list?api.sort_column=" + text + "&api.filter_term_0=" + text)
    get("query secret " + label, "/execute/Probe/echo?secret[]=" + text + "&api_token=" + text)

# 2. form bodies
for label, text in {**ESCAPED, **RAW}.items():
    post("form value " + label, "/execute/Tokens/create_full_access", "application/x-www-form-urlencoded",
         "name=" + text)
    post("form name " + label, "/execute/Probe/echo", "application/x-www-form-urlencoded", text + "=1")

# 3. JSON bodies
for label, text in JSON_STRINGS.items():
    for path in FUNCTIONS[:3]:
        post("json value " + label + " " + path, path, "application/json",
             '{"name":"' + text + '","new_name":"' + text + '"}')
    post("json name " + label, "/execute/Probe/echo", "application/json", '{"' + text + '":"1"}')
    post("json nested " + label, "/execute/Probe/nested", "application/json", '{"a":{"b":["' + text + '"]}}')
for depth in (2, 63, 64, 65, 100, 999, 1000, 1001, 5000):
    post("json nested arrays " + str(depth), "/execute/Probe/nested", "application/json",
         '{"a":' + "[" * (depth - 1) + "]" * (depth - 1) + "}")
    post("json nested objects " + str(depth), "/execute/Probe/nested", "application/json",
         '{"a":' + '{"a":' * (depth - 1) + "1" + "}" * (depth - 1) + "}")
for length in (50000, 50001):
    post("json member name " + str(length), "/execute/Probe/echo", "application/json",
         '{"' + "n" * length + '":"1"}')
for label, body in {
    "number 1001 digits": '{"a":' + "9" * 1001 + "}", "number 1e999999": '{"a":1e999999}',
    "number -0": '{"a":-0}', "NaN": '{"a":NaN}', "Infinity": '{"a":Infinity}', "leading zero": '{"a":01}',
    "comment": '{/*x*/"a":1}', "trailing comma": '{"a":1,}', "single quotes": "{'a':1}",
    "unquoted name": "{a:1}", "duplicate names": '{"a":"1","a":"2"}', "array": "[1,2]", "string": '"a"',
    "number": "1", "true": "true", "null": "null", "empty": "", "spaces": "   ", "two objects": "{}{}",
    "trailing garbage": '{"a":1} x', "unterminated": '{"a":"', "bad escape": '{"a":"\\q"}',
    "short unicode escape": '{"a":"\\u12"}', "raw control": '{"a":"\u0001"}', "raw nul": '{"a":"\u0000"}',
    "invalid utf8": '{"a":"\u00ff"}', "overlong utf8": '{"a":"\u00c0\u00af"}',
    "encoded surrogate utf8": '{"a":"\u00ed\u00a0\u0080"}', "bom": "\u00ef\u00bb\u00bf{}",
    "utf16": "\u00ff\u00fe{\u0000}\u0000", "deep string escapes": '{"a":"' + "\\\\" * 3000 + '"}',
    "many members": "{" + ",".join('"k%d":"v"' % i for i in range(5000)) + "}",
    "nested in flat function": '{"name":{"a":1}}', "null member": '{"name":null}',
}.items():
    post("json " + label, "/execute/Tokens/create_full_access", "application/json", body)

# 4. request lines and paths
for label, line in {
    "no version": "GET /health", "unknown version": "GET /health HTTP/9.9", "http 0.9 style": "GET /",
    "word as version": "GET / FOO", "three words and more": "GET /health HTTP/1.1 x", "http2 line": "GET /health HTTP/2.0",
    "lower-case method": "get /health HTTP/1.1", "long method": "A" * 300 + " /health HTTP/1.1",
    "no path": "GET  HTTP/1.1", "star": "OPTIONS * HTTP/1.1", "absolute uri": "GET http://x/health HTTP/1.1",
    "absolute uri other host": "GET http://evil.example/execute/Probe/echo HTTP/1.1", "connect": "CONNECT x:443 HTTP/1.1",
    "tab separated": "GET\t/health\tHTTP/1.1", "nul in path": "GET /he\u0000alth HTTP/1.1",
    "raw high byte in path": "GET /h\u00e9alth HTTP/1.1", "backslash path": "GET \\health HTTP/1.1",
    "fragment": "GET /health#x HTTP/1.1", "garbage": "\u0016\u0003\u0001\u0000", "empty line only": "",
    "pri preface": "PRI * HTTP/2.0", "unknown method": "BREW /execute/Probe/echo HTTP/1.1",
    "trace": "TRACE /execute/Probe/echo HTTP/1.1", "head": "HEAD /execute/Probe/echo HTTP/1.1",
    "delete": "DELETE /execute/Probe/echo HTTP/1.1",
}.items():
    add("request line " + label, line + "\r\nHost: x\r\n" + AUTH + "Connection: close\r\n\r\n")
for label, path in {
    "dot dot": "/execute/../health", "encoded dot dot": "/execute/%2E%2E/health", "encoded slash": "/execute/Probe%2Fx/echo",
    "double slash": "//execute/Probe/echo", "trailing slash": "/execute/Probe/echo/", "semicolon": "/execute/Probe/echo;x=1",
    "encoded nul": "/execute/Probe/echo%00", "encoded ff": "/execute/Pr%FFobe/echo", "upper case": "/EXECUTE/Probe/echo",
    "cpsess": "/cpsess0123456789/execute/Probe/echo", "short cpsess": "/cpsess1/execute/Probe/echo",
    "one segment": "/execute/Probe", "four segments": "/execute/Probe/echo/x", "unknown module": "/execute/Nope/echo",
    "underscore function": "/execute/Probe/_echo", "long function": "/execute/Probe/" + "f" * 2000,
    "dash function": "/execute/Probe/ec-ho", "tilde": "/execute/~Probe/echo", "health with query": "/health?%00=%FF",
    "openapi with query": "/openapi.json?x=%FF", "long path": "/" + "a/" * 3000,
}.items():
    get("path " + label, path)

# 5. headers
for label, value in {
    "no authorization": None, "basic": "Basic YWxpY2U6eA==", "bearer": "Bearer x", "empty cpanel": "cpanel ",
    "no colon": "cpanel alice", "empty token": "cpanel alice:", "empty user": "cpanel :{TOKEN}",
    "space user": "cpanel  alice:{TOKEN}", "upper-case user": "cpanel ALICE:{TOKEN}",
    "cyrillic user": "cpanel " + utf8("\u0430lice") + ":{TOKEN}", "zero-width user": "cpanel " + utf8("alice\u200b") + ":{TOKEN}",
    "raw ff user": "cpanel \u00ffalice:{TOKEN}", "team user": "cpanel bob@alice:{TOKEN}", "at only": "cpanel @:{TOKEN}",
    "long user": "cpanel " + "a" * 5000 + ":{TOKEN}", "long token": "cpanel alice:" + "A" * 6000,
    "token with nul": "cpanel alice:{TOKEN}\u0000", "token lower case": "cpanel alice:abc", "two colons": "cpanel alice:{TOKEN}:x",
    "lower-case scheme": "CPANEL alice:{TOKEN}", "tab after scheme": "cpanel\talice:{TOKEN}",
}.items():
    headers = "" if value is None else "Authorization: " + value + "\r\n"
    get("authorization " + label, "/execute/Probe/echo?a=1", headers)
for label, headers in {
    "no host": "GET /health HTTP/1.1\r\n" + AUTH + "Connection: close\r\n\r\n",
    "two hosts": "GET /health HTTP/1.1\r\nHost: x\r\nHost: y\r\nConnection: close\r\n\r\n",
    "header without colon": "GET /health HTTP/1.1\r\nHost: x\r\nNoColon\r\nConnection: close\r\n\r\n",
    "space before colon": "GET /health HTTP/1.1\r\nHost: x\r\nX-A : b\r\nConnection: close\r\n\r\n",
    "obs fold": "GET /health HTTP/1.1\r\nHost: x\r\nX-A: b\r\n c\r\nConnection: close\r\n\r\n",
    "nul in header": "GET /health HTTP/1.1\r\nHost: x\r\nX-A: b\u0000c\r\nConnection: close\r\n\r\n",
    "lf only": "GET /health HTTP/1.1\nHost: x\nConnection: close\n\n",
    "cr only": "GET /health HTTP/1.1\rHost: x\rConnection: close\r\r\n\r\n",
    "400 headers": "GET /health HTTP/1.1\r\nHost: x\r\n" + "".join("X-%d: v\r\n" % i for i in range(400)) + "Connection: close\r\n\r\n",
    "huge header": "GET /health HTTP/1.1\r\nHost: x\r\nX-Big: " + "a" * 20000 + "\r\nConnection: close\r\n\r\n",
    "http 1.0": "GET /health HTTP/1.0\r\n\r\n",
    "expect continue over limit": "POST /execute/Probe/echo HTTP/1.1\r\nHost: x\r\n" + AUTH
        + "Expect: 100-continue\r\nContent-Type: application/json\r\nContent-Length: 99999999\r\nConnection: close\r\n\r\n",
    "unknown expectation": "POST /execute/Probe/echo HTTP/1.1\r\nHost: x\r\n" + AUTH
        + "Expect: teapot\r\nContent-Type: application/json\r\nContent-Length: 2\r\nConnection: close\r\n\r\n{}",
}.items():
    add("headers " + label, headers)

# 6. bodies and their framing
BODY_HEAD = "POST /execute/Probe/echo HTTP/1.1\r\nHost: x\r\n" + AUTH + "Connection: close\r\n"
for label, rest in {
    "length over the limit, no body": "Content-Type: application/json\r\nContent-Length: 99999999\r\n\r\n",
    "length far over the limit": "Content-Type: application/json\r\nContent-Length: 99999999999999999999\r\n\r\n",
    "negative length": "Content-Type: application/json\r\nContent-Length: -1\r\n\r\n{}",
    "non-numeric length": "Content-Type: application/json\r\nContent-Length: abc\r\n\r\n{}",
    "two different lengths": "Content-Type: application/json\r\nContent-Length: 2\r\nContent-Length: 3\r\n\r\n{} ",
    "length and chunked": "Content-Type: application/json\r\nContent-Length: 2\r\nTransfer-Encoding: chunked\r\n\r\n2\r\n{}\r\n0\r\n\r\n",
    "chunked": "Content-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n2\r\n{}\r\n0\r\n\r\n",
    "bad chunk size": "Content-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\nZZ\r\n{}\r\n0\r\n\r\n",
    "huge chunk size": "Content-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\nFFFFFFFFFFFFFFFF\r\n{}\r\n0\r\n\r\n",
    "gzip transfer encoding": "Content-Type: application/json\r\nTransfer-Encoding: gzip\r\n\r\n{}",
    "gzip content encoding": "Content-Type: application/json\r\nContent-Encoding: gzip\r\nContent-Length: 2\r\n\r\n{}",
    "no content type": "Content-Length: 3\r\n\r\na=1",
    "text plain": "Content-Type: text/plain\r\nContent-Length: 3\r\n\r\na=1",
    "multipart": "Content-Type: multipart/form-data; boundary=x\r\nContent-Length: 3\r\n\r\na=1",
    "json with charset": "Content-Type: application/json; charset=latin1\r\nContent-Length: 2\r\n\r\n{}",
    "empty json": "Content-Type: application/json\r\nContent-Length: 0\r\n\r\n",
    "weird content type": "Content-Type: ;;;\r\nContent-Length: 3\r\n\r\na=1",
    "content type with nul": "Content-Type: application/json\u0000\r\nContent-Length: 2\r\n\r\n{}",
    "length shorter than body": "Content-Type: application/json\r\nContent-Length: 1\r\n\r\n{}",
}.items():
    add("body " + label, BODY_HEAD + rest)

# 7. secrets in the query: the access log must hide every value whose decoded name holds secret, token or pass
for name in ("secret", "secret[]", "secret%00", "secret%5B%5D", "api_token", "TOKEN-0", "tfa_token", "Password",
             "x_pass_y", "%73ecret", "my+secret", "s%FFecret", "\u00ffsecret", "secret%ZZ"):
    get("query secret name " + name, "/execute/Probe/echo?" + name + "=HUNTERTWO&a=1")

# 8. many arguments and repeated keys
get("query 2000 arguments", "/execute/Probe/echo?" + "&".join("k%d=v" % i for i in range(600)))
get("query repeated key", "/execute/Probe/echo?" + "&".join("k=v" for _ in range(600)))
get("query repeated secret", "/execute/Probe/echo?" + "&".join("token=v" for _ in range(100)))
get("query api page", "/execute/Tokens/list?api.paginate=1&api.paginate_start=-5&api.paginate_size=99999999999999999999")
get("query api regex", "/execute/Tokens/list?api.filter=1&api.filter_column_0=name&api.filter_type_0=regex&api.filter_term_0=(a%2B)%2B$")
get("query api bad regex", "/execute/Tokens/list?api.filter=1&api.filter_column_0=name&api.filter_type_0=regex&api.filter_term_0=(")

for entry in out:
    sys.stdout.write(json.dumps(entry, ensure_ascii=True) + "\n")
