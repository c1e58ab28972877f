// Struct update syntax, field init shorthand and a builder for server config.

#[derive(Debug, Clone, PartialEq)]
struct Config {
    host: String,
    port: u16,
    workers: u8,
    tls: bool,
    timeout_ms: u32,
}

impl Default for Config {
    fn default() -> Self {
        Config {
            host: String::from("localhost"),
            port: 80,
            workers: 4,
            tls: false,
            timeout_ms: 30_000,
        }
    }
}

struct ConfigBuilder {
    cfg: Config,
}

impl ConfigBuilder {
    fn new() -> Self {
        ConfigBuilder { cfg: Config::default() }
    }
    fn host(mut self, host: &str) -> Self {
        self.cfg.host = host.into();
        self
    }
    fn secure(self) -> Self {
        ConfigBuilder { cfg: Config { tls: true, port: 443, ..self.cfg } }
    }
    fn workers(mut self, workers: u8) -> Self {
        self.cfg.workers = workers;
        self
    }
    fn build(self) -> Config {
        self.cfg
    }
}

fn make(host: String, port: u16) -> Config {
    Config { host, port, ..Default::default() }
}

fn main() {
    let base = Config::default();
    println!("{:?}", base);

    let dev = Config { port: 8080, ..base.clone() };
    println!("dev port {} host {}", dev.port, dev.host);

    let prod = ConfigBuilder::new().host("example.org").secure().workers(16).build();
    println!("{:#?}", prod);

    let quick = make(String::from("10.0.0.1"), 22);
    println!("quick = {:?}", quick);
    println!("quick == default? {}", quick == base);

    let Config { host, tls, .. } = prod;
    println!("destructured: {} {}", host, tls);

    let moved = Config { host: String::from("other"), ..dev };
    println!("moved timeout {} workers {}", moved.timeout_ms, moved.workers);
    println!("dev port still readable: {}", dev.port);
}
