# POST every file of a fuzz corpus to /api/code as a client would: each JSON line as application/json, anything else as text/plain.
# python3 bench/load/post-corpus.py HOST PORT DIR   (the long fuzz run of docs/robustness.md); prints the count of each status.
import http.client, os, sys, collections, time
host, port, corpus = sys.argv[1], int(sys.argv[2]), sys.argv[3]
statuses = collections.Counter(); errors = 0; started = time.time()
conn = http.client.HTTPConnection(host, port, timeout=120)
def post(body, ctype):
    global conn, errors
    for attempt in range(2):
        try:
            conn.request("POST", "/api/code?date=2024-11-22", body=body, headers={"Content-Type": ctype})
            r = conn.getresponse(); r.read(); statuses[r.status] += 1; return
        except Exception as e:
            errors += 1; conn.close(); conn = http.client.HTTPConnection(host, port, timeout=120)
for name in sorted(os.listdir(corpus)):
    data = open(os.path.join(corpus, name), 'rb').read()
    if name.endswith('.jsonl'):
        for line in data.split(b'\n'):
            if line.strip(): post(line, "application/json")
    else:
        post(data, "text/plain; charset=utf-8")
print(f"requests {sum(statuses.values())} statuses {dict(sorted(statuses.items()))} connection errors {errors} in {time.time()-started:.0f} s")
