// A builder method declared to return `Self` that returns `&mut Self`: E0308.
#[derive(Debug, Default)]
struct Request {
    url: String,
    method: String,
    headers: Vec<(String, String)>,
}

impl Request {
    fn new(url: &str) -> Self {
        Request { url: url.to_string(), method: "GET".to_string(), ..Default::default() }
    }

    fn header(&mut self, k: &str, v: &str) -> Self {
        self.headers.push((k.to_string(), v.to_string()));
        self
    }
}

fn main() {
    let mut r = Request::new("https://example.com");
    let r = r.header("Accept", "text/html");
    println!("{:?}", r);
}
