"""A GraphQL client for the benches: one kept-alive HTTP connection, requests in sequence, each timed
as the client sees it (wall-clock milliseconds)."""
import http.client
import json
import sys
import time
import urllib.parse


class TimedClient:
    def __init__(self, url):
        parsed = urllib.parse.urlparse(url)
        self.connection = http.client.HTTPConnection(parsed.hostname, parsed.port)

    def query(self, query, variables=None, timeout_is_an_answer=False):
        """Returns (data, elapsed ms); errors end the bench, except the service's time limit when
        timeout_is_an_answer (then data is None)."""
        body = json.dumps({"query": query, "variables": variables or {}})
        started = time.perf_counter()
        self.connection.request("POST", "/graphql", body, {"Content-Type": "application/json"})
        result = json.loads(self.connection.getresponse().read())
        elapsed = (time.perf_counter() - started) * 1000
        if result.get("errors"):
            if timeout_is_an_answer and all(e.get("extensions", {}).get("limit") == "timeout" for e in result["errors"]):
                return None, elapsed
            sys.exit("GraphQL errors: " + json.dumps(result["errors"])[:1000] + " for " + json.dumps(variables)[:300])
        return result["data"], elapsed
