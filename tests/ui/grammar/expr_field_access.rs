// Field access chains, method calls on fields, tuple fields and auto-deref
// through references and boxes.

#[derive(Debug)]
struct Address {
    street: String,
    city: String,
    zip: (u32, u16),
}

#[derive(Debug)]
struct Employee {
    name: String,
    salary: u32,
    address: Address,
    manager: Option<Box<Employee>>,
}

fn chain_of_command(e: &Employee) -> Vec<&str> {
    let mut out = vec![e.name.as_str()];
    let mut cur = &e.manager;
    while let Some(m) = cur {
        out.push(&m.name);
        cur = &m.manager;
    }
    out
}

fn main() {
    let ceo = Employee {
        name: "Ada".to_string(),
        salary: 300,
        address: Address { street: "1 Main St".into(), city: "Springfield".into(), zip: (12345, 6789) },
        manager: None,
    };
    let lead = Employee {
        name: "Grace".to_string(),
        salary: 200,
        address: Address { street: "9 Elm Rd".into(), city: "Shelbyville".into(), zip: (54321, 1) },
        manager: Some(Box::new(ceo)),
    };
    let mut dev = Employee {
        name: "Linus".to_string(),
        salary: 120,
        address: Address { street: "3 Oak Ave".into(), city: "Springfield".into(), zip: (12345, 42) },
        manager: Some(Box::new(lead)),
    };

    println!("dev city: {}", dev.address.city);
    println!("dev zip: {}-{:04}", dev.address.zip.0, dev.address.zip.1);
    println!("street length: {}", dev.address.street.len());
    println!("chain: {}", chain_of_command(&dev).join(" -> "));

    if let Some(boss) = &dev.manager {
        println!("boss {} lives on {}", boss.name, boss.address.street);
        if let Some(big_boss) = &boss.manager {
            println!("big boss salary {}", big_boss.salary);
        }
    }

    dev.salary += 30;
    dev.address.zip.1 = 43;
    dev.address.city.push_str(" Heights");
    println!("after edits: {} {} {:?}", dev.salary, dev.address.city, dev.address.zip);

    let r = &dev;
    let rr = &r;
    println!("auto-deref through && : {}", rr.address.zip.0);

    let boxed = Box::new(dev);
    println!("through box: {}", boxed.name.to_uppercase());
    let total_salary = boxed.salary
        + boxed.manager.as_ref().map(|m| m.salary).unwrap_or(0)
        + boxed.manager.as_ref().and_then(|m| m.manager.as_ref()).map(|m| m.salary).unwrap_or(0);
    println!("total salary: {}", total_salary);
}
