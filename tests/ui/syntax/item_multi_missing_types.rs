const MAX_RETRIES = 5;
static NAME = "service";

fn retry_label(n: u32) -> String {
    format!("{} retry {}", NAME, n)
}

fn main() {
    for i in 0..MAX_RETRIES {
        println!("{}", retry_label(i));
    }
}
