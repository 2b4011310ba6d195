import KashDashContract

extension AdviceLink {
    /// Two links for children and one for grown-ups, as the advice screen's pictures show them
    /// (the golden image and the kiosk's QR codes are drawn from the same three).
    static let childAndGrownUpSample = [
        AdviceLink(id: "childline", title: "Childline", url: "https://www.childline.org.uk/",
                   description: "Talk to Childline about anything, big or small: call free on 0800 1111.",
                   reader: .child(ages: 5...18)),
        AdviceLink(id: "childnet-young-people", title: "Childnet: for young people (the SMART rules)",
                   url: "https://www.childnet.com/young-people/",
                   description: "Childnet's SMART rules and tips for having fun and staying safe online.",
                   reader: .child(ages: 7...13)),
        AdviceLink(id: "nspcc-online-safety", title: "NSPCC: keeping children safe online",
                   url: "https://www.nspcc.org.uk/keeping-children-safe/online-safety/",
                   description: "Help for your grown-ups on keeping you safe online.", reader: .grownUp),
    ]
}
