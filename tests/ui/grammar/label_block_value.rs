// Labelled block expressions: `'a: { ... break 'a value; ... }` give early exit
// from a plain block without a loop.

#[derive(Debug)]
struct Request<'a> {
    method: &'a str,
    path: &'a str,
    auth: Option<&'a str>,
}

fn route(req: &Request) -> (u16, &'static str) {
    let status = 'check: {
        if req.method != "GET" && req.method != "POST" {
            break 'check (405, "method not allowed");
        }
        if req.path.starts_with("/admin") {
            let Some(token) = req.auth else {
                break 'check (401, "missing credentials");
            };
            if token != "secret" {
                break 'check (403, "forbidden");
            }
        }
        if req.path == "/" || req.path.starts_with("/admin") || req.path.starts_with("/api") {
            (200, "ok")
        } else {
            (404, "not found")
        }
    };
    status
}

fn main() {
    let requests = [
        Request { method: "GET", path: "/", auth: None },
        Request { method: "DELETE", path: "/api/x", auth: None },
        Request { method: "GET", path: "/admin/users", auth: None },
        Request { method: "POST", path: "/admin/users", auth: Some("guess") },
        Request { method: "POST", path: "/admin/users", auth: Some("secret") },
        Request { method: "GET", path: "/missing", auth: None },
    ];
    for r in &requests {
        let (code, msg) = route(r);
        println!("{:<6} {:<14} -> {} {}", r.method, r.path, code, msg);
    }

    // a labelled block with an integer result
    let numbers = [4, 8, 15, 16, 23, 42];
    let first_odd_index = 'search: {
        for (i, n) in numbers.iter().enumerate() {
            if n % 2 == 1 {
                break 'search i as i32;
            }
        }
        -1
    };
    println!("first odd index: {}", first_odd_index);

    // a labelled block used only for control flow (unit value)
    let mut log = Vec::new();
    'body: {
        log.push("step 1");
        if numbers.len() < 10 {
            log.push("too short, leaving early");
            break 'body;
        }
        log.push("step 2");
    }
    println!("log: {:?}", log);

    // break 'a 1 style: nested labelled blocks, breaking the outer from the inner
    let x = 'a: {
        let y = 'b: {
            if numbers[0] == 4 {
                break 'a 1;
            }
            break 'b 2;
        };
        y * 10
    };
    println!("x = {}", x);
    let z = 'a: {
        let y = 'b: {
            if numbers[0] == 5 {
                break 'a 1;
            }
            break 'b 2;
        };
        y * 10
    };
    println!("z = {}", z);
}
