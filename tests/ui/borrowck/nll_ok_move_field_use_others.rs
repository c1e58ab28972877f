// Moving one field out of a struct owned by value, then using its other fields.
struct Message {
    subject: String,
    body: String,
    priority: u8,
}

fn main() {
    let m = Message { subject: "hi".into(), body: "long text".into(), priority: 2 };
    let body = m.body;
    println!("{} [{}] {}", m.subject, m.priority, body.len());
    let subject = m.subject;
    println!("{subject}");
}
