// Diverging functions (-> !): a config validator that exits with a status code.
use std::process;

#[derive(Debug)]
enum Setting {
    Port(u16),
    Name(String),
    Verbose(bool),
}

fn fatal(code: i32, msg: &str) -> ! {
    println!("fatal: {}", msg);
    process::exit(code)
}

fn parse_setting(key: &str, value: &str) -> Result<Setting, String> {
    match key {
        "port" => value
            .parse::<u16>()
            .map(Setting::Port)
            .map_err(|_| format!("bad port {:?}", value)),
        "name" => Ok(Setting::Name(value.to_string())),
        "verbose" => match value {
            "yes" => Ok(Setting::Verbose(true)),
            "no" => Ok(Setting::Verbose(false)),
            _ => Err(format!("bad flag {:?}", value)),
        },
        _ => Err(format!("unknown key {:?}", key)),
    }
}

fn describe(s: &Setting) -> String {
    match s {
        Setting::Port(p) => format!("listen on {}", p),
        Setting::Name(n) => format!("called {}", n),
        Setting::Verbose(v) => format!("verbose={}", v),
    }
}

fn port_or_die(s: &Setting) -> u16 {
    match s {
        Setting::Port(p) => *p,
        _ => fatal(2, "expected a port"),
    }
}

fn main() {
    let lines = ["port=8080", "name=ferric", "verbose=yes", "port=99999"];
    let mut settings = Vec::new();
    for line in lines {
        let (k, v) = match line.split_once('=') {
            Some(kv) => kv,
            None => fatal(4, "missing '='"),
        };
        match parse_setting(k, v) {
            Ok(s) => {
                println!("ok: {:?} ({})", s, describe(&s));
                settings.push(s);
            }
            Err(e) => {
                println!("saw {} settings before error", settings.len());
                println!("first port: {}", port_or_die(&settings[0]));
                fatal(3, &e)
            }
        }
    }
    println!("unreachable in this run");
}
