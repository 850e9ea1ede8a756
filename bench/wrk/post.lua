-- POSTs the JSON body read from the file given after `--` to /graphql.
-- Usage: wrk -s bench/wrk/post.lua http://127.0.0.1:PORT/graphql -- body.json
function init(args)
    local file = assert(io.open(args[1], "rb"))
    wrk.method = "POST"
    wrk.body = file:read("*a")
    wrk.headers["Content-Type"] = "application/json"
    file:close()
end
