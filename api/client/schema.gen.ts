// Generated from /openapi.json by `npm run api:client` (api/openapi/generate-client-types.ts). Do not edit.

export interface paths {
  "/api/v1/admin/products/{id}": {
    /**
     * Admins: correct a producer's product (names, descriptions, category, price, stock) with a reason, audited; curators may not
     * @description The changed fields, their values before and after, the reason and the admin are written to the audit log in the same transaction. The product keeps its curation status. Curators judge products on the curation routes and do not edit them.
     */
    patch: operations["correctProductAsAdmin"];
  };
  "/api/v1/admin/tokens": {
    /** List API tokens (never their secrets) */
    get: operations["listApiTokens"];
    /** Create an API token for a user (shown once) */
    post: operations["createApiToken"];
  };
  "/api/v1/admin/tokens/{id}": {
    /** Revoke a token by id or prefix */
    delete: operations["revokeApiToken"];
  };
  "/api/v1/admin/whatsapp/qr": {
    /** The WhatsApp login QR code while the session waits for a scan (admins); 404 when there is none */
    get: operations["getWhatsappLoginQr"];
  };
  "/api/v1/categories": {
    /** Product categories */
    get: operations["listCategories"];
  };
  "/api/v1/checkout": {
    /** What checking out my cart would order, with a fresh checkout key */
    get: operations["previewCheckout"];
    /** Check out my cart: one order per producer, stock reserved at once */
    post: operations["checkout"];
  };
  "/api/v1/curation/queue": {
    /** Submissions waiting in the caller's regencies (admins: all), oldest first */
    get: operations["getCurationQueue"];
  };
  "/api/v1/display-points": {
    /** Display points (officials); manageable=true: only those the caller may place products at */
    get: operations["listDisplayPoints"];
    /** Add a display point: a hotel, an exhibition space, a point outside NTT (admins) */
    post: operations["createDisplayPoint"];
  };
  "/api/v1/display-points/{code}": {
    /** One display point */
    get: operations["getDisplayPoint"];
    /** Change a display point (admins) */
    patch: operations["updateDisplayPoint"];
  };
  "/api/v1/display-points/{code}/inventory": {
    /** The point's shelf per product */
    get: operations["getDisplayInventory"];
  };
  "/api/v1/display-points/{code}/labels.pdf": {
    /** A printable A4 sheet of the labels of every placed product */
    get: operations["getDisplayLabelSheet"];
  };
  "/api/v1/display-points/{code}/labels/{file}": {
    /** One placed product's label as PNG: /labels/<productCode>.png */
    get: operations["getDisplayLabel"];
  };
  "/api/v1/display-points/{code}/placements": {
    /** Place units of a published product at the point (officials of the point's regency; admins); tops up a running placement */
    post: operations["placeAtDisplayPoint"];
  };
  "/api/v1/display-points/{code}/report": {
    /** A WITA month at the point: products shown, units sold, scans, attributed orders (JSON or CSV); default: this month */
    get: operations["getDisplayReport"];
  };
  "/api/v1/display-points/{code}/sales": {
    /** Record a sale or a return at the point (its staff and officials); never more than the shelf holds */
    post: operations["recordDisplaySale"];
  };
  "/api/v1/display-points/{code}/staff": {
    /** Add a staff member (by user id or phone number) who records sales at the point */
    post: operations["addDisplayStaff"];
  };
  "/api/v1/invitations": {
    /** Create an invitation code for a curator (bound to regencies) or a province admin (admins only) */
    post: operations["createInvitation"];
  };
  "/api/v1/licensing-cases": {
    /** Licensing cases: a producer sees their own, a curator their regencies, an admin all */
    get: operations["listLicensingCases"];
    /** Open a licensing case (officials of the regency; a producer for their own product = asking for help) */
    post: operations["openLicensingCase"];
  };
  "/api/v1/licensing-cases/{id}": {
    /** One licensing case with its history */
    get: operations["getLicensingCase"];
  };
  "/api/v1/licensing-cases/{id}/certificate": {
    /** Record the issued certificate: format-checked number, issue and expiry dates (officials); the badge appears on the product */
    post: operations["recordLicensingCertificate"];
  };
  "/api/v1/licensing-cases/{id}/steps": {
    /** Advance to the next step with a note, or return the case for corrections (officials) */
    post: operations["advanceLicensingCase"];
  };
  "/api/v1/me/cart": {
    /** My cart: lines grouped per producer, subtotals and warnings */
    get: operations["getCart"];
    /** Add a product (merges with its line; the total stays within the stock) */
    post: operations["addCartLine"];
    /** Empty the cart */
    delete: operations["clearCart"];
  };
  "/api/v1/me/cart/{lineId}": {
    /** Remove a line */
    delete: operations["removeCartLine"];
    /** Change a line's quantity */
    patch: operations["setCartLineQuantity"];
  };
  "/api/v1/me/orders": {
    /** My orders as a buyer, or my producer profile’s orders */
    get: operations["listMyOrders"];
  };
  "/api/v1/me/producer": {
    /** My business profile */
    get: operations["getMyProducerProfile"];
    /** Complete or change my business profile (NIB, bank, QRIS, story ...) */
    patch: operations["updateMyProducerProfile"];
  };
  "/api/v1/me/products": {
    /** My products (not archived), with their curation status */
    get: operations["listMyProducts"];
    /** Create a product as a draft */
    post: operations["createMyProduct"];
  };
  "/api/v1/me/products/{id}": {
    /** One of my products */
    get: operations["getMyProduct"];
    /** Change a product; names, descriptions and category send an approved product back to curation */
    patch: operations["updateMyProduct"];
  };
  "/api/v1/me/products/{id}/photos": {
    /** Add a photo (at most 5): multipart field "photo", or the image itself as the body */
    post: operations["uploadMyProductPhoto"];
  };
  "/api/v1/me/products/{id}/submit": {
    /** Send a draft (or a product with changes requested) for curation; the regency curators are alerted */
    post: operations["submitMyProduct"];
  };
  "/api/v1/me/shipping-rates": {
    /** Producer: my shipping rates per zone */
    get: operations["getMyShippingRates"];
    /** Producer: replace my shipping rates (per zone: base per parcel and per started kg) */
    put: operations["setMyShippingRates"];
  };
  "/api/v1/orders/{id}": {
    /** One order (its buyer, its producer or an admin), with its history */
    get: operations["getOrder"];
  };
  "/api/v1/orders/{id}/accept": {
    /** Producer: accept with the shipping cost (courier) — sets the total */
    post: operations["acceptOrder"];
  };
  "/api/v1/orders/{id}/cancel": {
    /** Buyer: cancel before paying (stock released) */
    post: operations["cancelOrder"];
  };
  "/api/v1/orders/{id}/complete": {
    /** Buyer: received (or producer: handed over at pickup) */
    post: operations["completeOrder"];
  };
  "/api/v1/orders/{id}/confirm-payment": {
    /** Producer: payment received (cash on pickup: paid and handed over) */
    post: operations["confirmOrderPayment"];
  };
  "/api/v1/orders/{id}/decline": {
    /** Producer: decline with a reason (stock released) */
    post: operations["declineOrder"];
  };
  "/api/v1/orders/{id}/payment": {
    /** Buyer: the online payment of the checkout this order belongs to (made once, the same on every call) */
    post: operations["startOrderPayment"];
  };
  "/api/v1/orders/{id}/ratings": {
    /** Buyer: rate a product of a completed order (1 to 5 stars, once) */
    post: operations["rateOrder"];
  };
  "/api/v1/orders/{id}/ship": {
    /** Producer: shipped with courier and tracking number, or ready for pickup */
    post: operations["shipOrder"];
  };
  "/api/v1/payments/{id}": {
    /** Buyer: one of my payments (its page link or QR) */
    get: operations["getPayment"];
  };
  "/api/v1/payments/{id}/refund": {
    /** Admin: refund a payment through the gateway (a settlement after expiry, or on request) */
    post: operations["refundPayment"];
  };
  "/api/v1/payouts": {
    /** Admin: producers owed money for orders paid online */
    get: operations["listPayouts"];
    /** Admin: mark a producer’s balance as transferred, with the bank reference */
    post: operations["markPayoutTransferred"];
  };
  "/api/v1/payouts.csv": {
    /** Admin: balances owed and payouts made, as CSV */
    get: operations["exportPayoutsCsv"];
  };
  "/api/v1/products": {
    /** Published products: filter by regency, category and permit; text search; cursor pagination */
    get: operations["listProducts"];
  };
  "/api/v1/products/{id}": {
    /** One published product by id, code or slug */
    get: operations["getProduct"];
  };
  "/api/v1/products/{id}/flagship": {
    /** Designate an approved product as its regency's flagship for a month (default: this month, WITA) */
    post: operations["designateFlagship"];
  };
  "/api/v1/products/{id}/reviews": {
    /** Score and decide a submitted product (curator of its regency or admin); a second decision gets 409 */
    post: operations["reviewProduct"];
  };
  "/api/v1/regions": {
    /** The 22 regencies and cities of NTT */
    get: operations["listRegions"];
  };
  "/api/v1/reports/monthly": {
    /** The monthly report over all 22 regencies (admins): JSON, CSV or PDF; default month: the last complete one */
    get: operations["getMonthlyReport"];
  };
  "/api/v1/shipping/estimate": {
    /** Shipping to a destination per producer, for a product or else my cart */
    get: operations["estimateShipping"];
  };
  "/api/v1/targets": {
    /** Flagships against the target per regency for a WITA month (default: this month), largest gap first */
    get: operations["getTargets"];
  };
  "/api/v1/targets/{region}/{month}": {
    /** Set the target of one regency for one month (admins) */
    put: operations["setTarget"];
  };
  "/health": {
    /** Health of the database, channels and outbox */
    get: operations["getHealth"];
  };
  "/internal/admin": {
    /** An admin command of npm run admin (invite, token create/revoke/list, users) */
    post: operations["adminCommand"];
  };
  "/internal/backup": {
    /** A consistent backup of the embedded database into <DATA_DIR>/backups/ */
    post: operations["backup"];
  };
  "/internal/console.poll": {
    /** What was sent to a console user since their last turn (notifications) */
    post: operations["consolePoll"];
  };
  "/internal/console.turn": {
    /** One console chat turn as a user: the typed line in, the bot's answer as printed lines out */
    post: operations["consoleTurn"];
  };
  "/internal/seed": {
    /** Seed the reference data, and with demo=true the demo producers and products (idempotent) */
    post: operations["seed"];
  };
  "/payments/midtrans/notification": {
    /** Midtrans payment notification (signature checked, status re-read from Midtrans) */
    post: operations["receiveMidtransNotification"];
  };
  "/whatsapp/webhook": {
    /**
     * Verify the WhatsApp Cloud API webhook subscription (Meta echoes hub.challenge)
     * @description Public. Answers hub.challenge when hub.mode is "subscribe" and hub.verify_token equals WHATSAPP_CLOUD_VERIFY_TOKEN.
     */
    get: operations["verifyWhatsAppWebhook"];
    /**
     * Receive WhatsApp Cloud API messages and delivery statuses (signed by Meta)
     * @description Public, signature-checked: X-Hub-Signature-256 must be sha256=HMAC-SHA256(app secret, raw body). The body is Meta's webhook payload (object whatsapp_business_account); answered 200 once its messages are handled, 503 when one could not be (Meta delivers it again).
     */
    post: operations["receiveWhatsAppWebhook"];
  };
}

export type webhooks = Record<string, never>;

export interface components {
  schemas: {
    /**
     * @example {
     *   "reason": "harga salah ketik: produsen minta dikoreksi lewat telepon",
     *   "changes": {
     *     "priceIdr": 85000
     *   }
     * }
     */
    AdminProductCorrection: {
      changes: {
        categoryId?: string;
        descriptionEn?: string | null;
        descriptionId?: string;
        nameEn?: string | null;
        nameId?: string;
        priceIdr?: number;
        stock?: number;
      };
      /** @description why the product is corrected; kept in the audit record */
      reason: string;
    };
    ApiToken: {
      createdAt: string;
      id: string;
      lastUsedAt: string | null;
      name: string;
      prefix: string;
      revokedAt: string | null;
      role: string;
      user: string;
    };
    /**
     * @example {
     *   "userId": "cmh2x1k9v0001qz8l3v5b7n2d",
     *   "name": "dashboard kabupaten Ngada"
     * }
     */
    ApiTokenInput: {
      name: string;
      /**
       * @description the user the token acts as
       * @example cmh2x1k9v0001qz8l3v5b7n2d
       */
      userId: string;
    };
    Cart: {
      canCheckout: boolean;
      groups: {
          lines: components["schemas"]["CartLine"][];
          producer: {
            businessName: string;
            id: string;
            island: string;
            regionCode: string;
            regionShortName: string;
          };
          subtotalIdr: number;
        }[];
      itemCount: number;
      lines: components["schemas"]["CartLine"][];
      totalIdr: number;
      warnings: ({
          code: string;
          /** @enum {string} */
          kind: "unavailable" | "aboveStock";
          lineId: string;
          name: {
            en: string | null;
            id: string;
          };
          productId: string;
          quantity: number;
          stock: number;
        })[];
    };
    /**
     * @example {
     *   "productId": "KBJ01",
     *   "quantity": 2
     * }
     */
    CartAddInput: {
      /**
       * @description product id or code
       * @example cmh2x1k9v0001qz8l3v5b7n2d
       */
      productId: string;
      /** @default 1 */
      quantity?: number;
    };
    CartLine: {
      code: string;
      /** @description cart line id (for PATCH / DELETE) */
      id: string;
      lineTotalIdr: number;
      name: {
        en: string | null;
        id: string;
      };
      orderable: boolean;
      /** @description current price, integer rupiah */
      priceIdr: number;
      productId: string;
      quantity: number;
      slug: string;
      stock: number;
      unit: string;
      /** @enum {string|null} */
      warning: "unavailable" | "aboveStock" | null;
      weightGrams: number;
    };
    /**
     * @example {
     *   "quantity": 3
     * }
     */
    CartQuantityInput: {
      quantity: number;
    };
    Category: {
      /** @example kopi */
      id: string;
      isFood: boolean;
      nameEn: string;
      nameId: string;
      sortOrder: number;
    };
    /**
     * @example {
     *   "number": "ID53110012345678901234",
     *   "issuedAt": "2026-03-25",
     *   "expiresAt": "2031-03-25"
     * }
     */
    CertificateInput: {
      /** @example 2031-03-25 */
      expiresAt?: string | null;
      /** @example 2026-03-25 */
      issuedAt: string;
      /** @example ID53110012345678901234 */
      number: string;
    };
    CheckoutPreview: {
      checkoutKey: string;
      groups: ({
          lines: ({
              lineTotalIdr: number;
              name: string;
              nameEn: string | null;
              priceIdr: number;
              productId: string;
              quantity: number;
              unit: string;
            })[];
          producer: {
            allowsCashOnPickup: boolean;
            businessName: string;
            hasQris: boolean;
            id: string;
            regionName: string;
          };
          subtotalIdr: number;
        })[];
      itemCount: number;
      paymentMethods: ("BANK_TRANSFER" | "QRIS" | "CASH_ON_PICKUP" | "ONLINE_QRIS" | "VIRTUAL_ACCOUNT" | "EWALLET")[];
      problems: ({
          available: number;
          /** @enum {string} */
          kind: "unavailable" | "aboveStock";
          name: string;
          productId: string;
          requested: number;
        })[];
      totalIdr: number;
    };
    /**
     * @example {
     *   "recipientName": "Dewi Lestari",
     *   "recipientPhone": "081234567890",
     *   "deliveryMethod": "COURIER",
     *   "paymentMethod": "BANK_TRANSFER",
     *   "addressLine": "Jl. Kemang Raya 10",
     *   "city": "Jakarta Selatan",
     *   "province": "DKI Jakarta",
     *   "postalCode": "12730"
     * }
     */
    CheckoutRequest: {
      addressLine?: string;
      attributedPointCode?: string;
      /** @description idempotency key: repeating a request with the same key returns the same orders */
      checkoutKey?: string;
      city?: string;
      /** @description "ID" (default) or the country abroad */
      country?: string;
      /** @enum {string} */
      deliveryMethod: "COURIER" | "PICKUP_PRODUCER" | "PICKUP_DISPLAY_POINT";
      /** @enum {string} */
      paymentMethod: "BANK_TRANSFER" | "QRIS" | "CASH_ON_PICKUP" | "ONLINE_QRIS" | "VIRTUAL_ACCOUNT" | "EWALLET";
      pickupPointCode?: string;
      postalCode?: string;
      province?: string;
      recipientName: string;
      recipientPhone: string;
    };
    ConsoleLines: {
      lines: string[];
    };
    CurationQueueItem: {
      code: string;
      id: string;
      name: string;
      priceIdr: number;
      producer: {
        businessName: string;
        id: string;
      };
      region: {
        code: string;
        name: string;
      };
      status: string;
      submittedAt: string | null;
    };
    DisplayInventory: {
      items: ({
          consigned: number;
          endsOn: string | null;
          name: string;
          nameEn: string | null;
          onHand: number;
          priceIdr: number;
          productCode: string;
          returned: number;
          sold: number;
          unit: string;
        })[];
      point: components["schemas"]["DisplayPoint"];
    };
    DisplayPoint: {
      active: boolean;
      address: string | null;
      city: string;
      code: string;
      contact: string | null;
      /** @enum {string} */
      kind: "AIRPORT" | "PORT" | "HOTEL" | "EXHIBITION" | "OTHER";
      managerId: string | null;
      name: string;
      regionCode: string | null;
      regionName: string | null;
    };
    /**
     * @example {
     *   "code": "HTL-SASANDO",
     *   "kind": "HOTEL",
     *   "name": "Hotel Sasando",
     *   "city": "Kupang",
     *   "regionCode": "53.71",
     *   "address": "Jl. Perintis Kemerdekaan",
     *   "contact": "0380 833 333"
     * }
     */
    DisplayPointInput: {
      active?: boolean;
      address?: string | null;
      city: string;
      /** @example HTL-SASANDO */
      code: string;
      contact?: string | null;
      /**
       * @description AIRPORT, PORT, HOTEL, EXHIBITION or OTHER
       * @example HOTEL
       */
      kind: string;
      /**
       * @description the official managing the point
       * @example cmh2x1k9v0001qz8l3v5b7n2d
       */
      managerId?: string | null;
      name: string;
      /**
       * @description null for a point outside NTT
       * @example 53.71
       */
      regionCode?: string | null;
    };
    /**
     * @example {
     *   "contact": "0380 833 334",
     *   "active": true
     * }
     */
    DisplayPointPatch: {
      active?: boolean;
      address?: string | null;
      city?: string;
      contact?: string | null;
      /**
       * @description AIRPORT, PORT, HOTEL, EXHIBITION or OTHER
       * @example HOTEL
       */
      kind?: string;
      /**
       * @description the official managing the point
       * @example cmh2x1k9v0001qz8l3v5b7n2d
       */
      managerId?: string | null;
      name?: string;
      /**
       * @description null for a point outside NTT
       * @example 53.71
       */
      regionCode?: string | null;
    };
    /**
     * @example {
     *   "phone": "081234567890"
     * }
     */
    DisplayStaffInput: {
      /**
       * @description the staff member
       * @example cmh2x1k9v0001qz8l3v5b7n2d
       */
      userId: string;
    } | {
      /** @example 081234567890 */
      phone: string;
    };
    /**
     * @example {
     *   "error": {
     *     "code": "validation",
     *     "message": "invalid input",
     *     "details": [
     *       {
     *         "path": "quantity",
     *         "message": "Too small: expected number to be >=1"
     *       }
     *     ],
     *     "requestId": "1b4e28ba-2fa1-11d2-883f-0016d3cca427"
     *   }
     * }
     */
    Error: {
      error: {
        /**
         * @description stable machine-readable code; the HTTP status follows from it
         * @enum {string}
         */
        code: "validation" | "unauthorized" | "forbidden" | "not_found" | "conflict" | "unprocessable" | "method_not_allowed" | "unsupported_media_type" | "rate_limited" | "internal" | "unavailable";
        /** @description the fields at fault, for validation errors */
        details?: {
            message: string;
            path: string;
          }[];
        /** @description English, for developers; chat and pages show translated texts */
        message: string;
        /** @description the X-Request-Id of the answer; quote it when reporting a problem */
        requestId?: string;
      };
    };
    FlagshipDesignation: {
      month: string;
      productId: string;
      regionCode: string;
    };
    /**
     * @example {
     *   "month": "2026-12"
     * }
     */
    FlagshipInput: {
      /** @description WITA month; this month when absent */
      month?: string;
    };
    Health: {
      /** @enum {string} */
      database: "pglite" | "postgresql";
      databaseUp: boolean;
      /** @description telegram, whatsapp, outbox ...: each its own state */
      parts: {
        [key: string]: {
          [key: string]: unknown;
        };
      };
      /** @enum {string} */
      status: "ok" | "degraded" | "down";
    };
    Invitation: {
      /** @description shown once; the official sends "/claim CODE" to the bot */
      code: string;
      expiresAt: string;
      id: string;
      regionCodes: string[];
      role: string;
    };
    /**
     * @example {
     *   "role": "CURATOR",
     *   "regionCodes": [
     *     "53.09"
     *   ],
     *   "ttlDays": 14
     * }
     */
    InvitationInput: {
      /**
       * @default []
       * @example [
       *   "53.09"
       * ]
       */
      regionCodes?: string[];
      /** @enum {string} */
      role: "CURATOR" | "ADMIN";
      /** @default 14 */
      ttlDays?: number;
    };
    LicensingCase: {
      certificateNumber: string | null;
      createdAt: string;
      expiresAt: string | null;
      history: ({
          at: string;
          note: string | null;
          stepIndex: number;
          stepKey: string;
        })[];
      id: string;
      issuedAt: string | null;
      nextStepKey: string | null;
      producer: {
        businessName: string;
        id: string;
        regionCode: string;
        regionName: string;
        userId: string;
      };
      product: {
        code: string;
        id: string;
        name: string;
      } | null;
      status: string;
      stepCount: number;
      stepIndex: number;
      stepKey: string;
      /** @example HALAL_SELF_DECLARE */
      type: string;
      updatedAt: string;
      verified: boolean;
    };
    /**
     * @example {
     *   "type": "HALAL_SELF_DECLARE",
     *   "productId": "cmh2x1k9v0001qz8l3v5b7n2d",
     *   "note": "Sudah ada NIB, minta pendampingan PPH"
     * }
     */
    LicensingCaseInput: {
      note?: string;
      /**
       * @description for a business-wide NIB case without a product (officials)
       * @example cmh2x1k9v0001qz8l3v5b7n2d
       */
      producerId?: string;
      /**
       * @description the product the licence is for
       * @example cmh2x1k9v0001qz8l3v5b7n2d
       */
      productId?: string;
      /** @enum {string} */
      type: "NIB" | "HALAL_SELF_DECLARE" | "HALAL_REGULAR" | "SPP_IRT" | "BPOM_MD" | "PACKAGING";
    };
    /**
     * @example {
     *   "action": "advance",
     *   "note": "Dokumen NIB diperiksa, lengkap"
     * }
     */
    LicensingStepInput: {
      /**
       * @description advance: the current step is done; return: back to the producer for corrections (note required)
       * @default advance
       * @enum {string}
       */
      action?: "advance" | "return";
      note?: string;
    };
    /**
     * @example {
     *   "order_id": "ETL-7f3a9c-1",
     *   "status_code": "200",
     *   "gross_amount": "150000.00",
     *   "signature_key": "9c1b…",
     *   "transaction_status": "settlement"
     * }
     */
    MidtransNotification: {
      gross_amount: string;
      order_id: string;
      signature_key: string;
      status_code: string;
      transaction_status?: string;
      [key: string]: unknown;
    };
    MyProduct: {
      approvedAt: string | null;
      category: {
        id: string;
        nameEn: string;
        nameId: string;
      };
      code: string;
      containsAlcohol: boolean;
      curatorNote: string | null;
      declared: {
        bpomMd: string | null;
        halal: string | null;
        pirt: string | null;
      };
      description: {
        en: string | null;
        id: string;
      };
      id: string;
      name: {
        en: string | null;
        id: string;
      };
      packagingState: string;
      paused: boolean;
      photos: ({
          mediaId: string;
          path: string;
          thumbPath: string | null;
        })[];
      priceIdr: number;
      producer: {
        businessName: string;
        id: string;
      };
      region: {
        code: string;
        name: string;
        shortName: string;
      };
      slug: string;
      /** @description DRAFT, SUBMITTED, IN_REVIEW, CHANGES_REQUESTED, APPROVED, REJECTED or ARCHIVED */
      status: string;
      stock: number;
      submittedAt: string | null;
      unit: string;
      updatedAt: string;
      weightGrams: number;
    };
    /**
     * @example {
     *   "nameId": "Kopi Arabika Bajawa 250 g",
     *   "categoryId": "kopi",
     *   "descriptionId": "Kopi arabika Flores Bajawa, sangrai sedang, biji utuh.",
     *   "priceIdr": 85000,
     *   "unit": "pcs",
     *   "weightGrams": 300,
     *   "stock": 20
     * }
     */
    MyProductCreate: {
      /** @example kopi */
      categoryId: string;
      containsAlcohol?: boolean;
      /** @example MD224510001234 */
      declaredBpom?: string | null;
      /** @example ID53110012345678901234 */
      declaredHalal?: string | null;
      /** @example 206537101012327 */
      declaredPirt?: string | null;
      descriptionEn?: string | null;
      /** @description Indonesian, 10 to 2000 characters */
      descriptionId: string;
      nameEn?: string | null;
      /** @example Kopi Arabika Bajawa 250 g */
      nameId: string;
      /** @enum {string} */
      packagingState?: "NONE" | "SIMPLE" | "LABELLED" | "MODERN";
      /** @description Media ids of kind product_photo uploaded by this producer */
      photoMediaIds?: string[];
      /**
       * @description integer rupiah, 500 to 100,000,000
       * @example 85000
       */
      priceIdr: number;
      stock: number;
      /** @example pcs */
      unit: string;
      /** @description shipping weight per unit, packed */
      weightGrams: number;
    };
    /**
     * @example {
     *   "priceIdr": 90000,
     *   "stock": 12
     * }
     */
    MyProductPatch: {
      /**
       * @description archive the product (final)
       * @enum {boolean}
       */
      archived?: true;
      /** @example kopi */
      categoryId?: string;
      containsAlcohol?: boolean;
      /** @example MD224510001234 */
      declaredBpom?: string | null;
      /** @example ID53110012345678901234 */
      declaredHalal?: string | null;
      /** @example 206537101012327 */
      declaredPirt?: string | null;
      descriptionEn?: string | null;
      /** @description Indonesian, 10 to 2000 characters */
      descriptionId?: string;
      nameEn?: string | null;
      /** @example Kopi Arabika Bajawa 250 g */
      nameId?: string;
      /** @enum {string} */
      packagingState?: "NONE" | "SIMPLE" | "LABELLED" | "MODERN";
      /** @description hide an approved product from buyers without changing its status */
      paused?: boolean;
      /**
       * @description integer rupiah, 500 to 100,000,000
       * @example 85000
       */
      priceIdr?: number;
      stock?: number;
      /** @example pcs */
      unit?: string;
      /** @description shipping weight per unit, packed */
      weightGrams?: number;
    };
    Order: components["schemas"]["OrderSummary"] & ({
      attributedPointCode: string | null;
      courier: string | null;
      paymentProofMediaId: string | null;
      payTo: ({
        bankAccount: string | null;
        bankHolder: string | null;
        bankName: string | null;
        phone: string | null;
        qrisMediaId: string | null;
      }) | null;
      pickupPoint: ({
        address: string | null;
        city: string;
        code: string;
        name: string;
      }) | null;
      reason: string | null;
      recipient: {
        addressLine: string | null;
        city: string | null;
        country: string;
        name: string;
        phone: string;
        postalCode: string | null;
        province: string | null;
      };
      trackingNumber: string | null;
    });
    /**
     * @example {
     *   "shippingIdr": 45000
     * }
     */
    OrderAcceptInput: {
      /** @description required for courier delivery */
      shippingIdr?: number;
    };
    /**
     * @example {
     *   "reason": "Salah pilih ukuran"
     * }
     */
    OrderCancelInput: {
      reason?: string;
    };
    /**
     * @example {
     *   "reason": "Stok habis minggu ini"
     * }
     */
    OrderDeclineInput: {
      reason: string;
    };
    /**
     * @example {
     *   "productId": "cmh2x1k9v0001qz8l3v5b7n2d",
     *   "stars": 5,
     *   "comment": "Harum, sampai dengan baik"
     * }
     */
    OrderRatingInput: {
      comment?: string;
      /**
       * @description a product of the order
       * @example cmh2x1k9v0001qz8l3v5b7n2d
       */
      productId: string;
      stars: number;
    };
    /**
     * @example {
     *   "courier": "JNE REG",
     *   "trackingNumber": "JN1234567890"
     * }
     */
    OrderShipInput: {
      courier?: string;
      trackingNumber?: string;
    };
    OrderSummary: {
      buyerId: string;
      city: string | null;
      createdAt: string;
      /** @enum {string} */
      deliveryMethod: "COURIER" | "PICKUP_PRODUCER" | "PICKUP_DISPLAY_POINT";
      expiresAt: string | null;
      id: string;
      items: {
          lineTotalIdr: number;
          name: string;
          priceIdr: number;
          productId: string;
          quantity: number;
          unit: string;
        }[];
      /** @example ETL-261129-4K7Q */
      number: string;
      /** @enum {string} */
      paymentMethod: "BANK_TRANSFER" | "QRIS" | "CASH_ON_PICKUP" | "ONLINE_QRIS" | "VIRTUAL_ACCOUNT" | "EWALLET";
      producer: {
        businessName: string;
        id: string;
        regionName: string;
      };
      /** @description set by the producer on acceptance */
      shippingIdr: number | null;
      /** @enum {string} */
      status: "AWAITING_CONFIRMATION" | "AWAITING_PAYMENT" | "PAYMENT_SUBMITTED" | "PAID" | "SHIPPED" | "READY_FOR_PICKUP" | "COMPLETED" | "DECLINED" | "CANCELLED" | "EXPIRED";
      subtotalIdr: number;
      totalIdr: number | null;
    };
    Payment: {
      amountIdr: number;
      expiresAt: string;
      gatewayOrderId: string;
      id: string;
      method: string;
      orderNumbers: string[];
      qrMediaId: string | null;
      /** @description QRIS payload to show as a QR code */
      qrString: string | null;
      /** @description the gateway payment page (virtual account, e-wallet) */
      redirectUrl: string | null;
      status: string;
    };
    Payout: {
      amountIdr: number;
      createdAt: string;
      id: string;
      producerId: string;
      reference: string;
    };
    PayoutBalance: {
      balanceIdr: number;
      bankAccount: string | null;
      bankHolder: string | null;
      bankName: string | null;
      businessName: string;
      producerId: string;
    };
    /**
     * @example {
     *   "producerId": "cm4producer0001",
     *   "amountIdr": 450000,
     *   "reference": "BRI-TRF-20261201-0042"
     * }
     */
    PayoutTransfer: {
      amountIdr: number;
      producerId: string;
      reference: string;
    };
    Placement: {
      endsOn: string | null;
      name: string;
      onHand: number;
      point: components["schemas"]["DisplayPoint"];
      productCode: string;
      quantityConsigned: number;
      startsOn: string;
      toppedUp: boolean;
    };
    /**
     * @example {
     *   "productCode": "KBJ01",
     *   "quantity": 12,
     *   "startsOn": "2026-12-01",
     *   "days": 90
     * }
     */
    PlacementInput: {
      /** @description instead of endsOn: days on display from the start */
      days?: number;
      /**
       * @description last WITA day on display
       * @example 2026-12-31
       */
      endsOn?: string | null;
      /** @example KBJ01 */
      productCode: string;
      quantity: number;
      /**
       * @description WITA day; today when absent
       * @example 2026-11-01
       */
      startsOn?: string;
    };
    PlacementMovement: {
      /** @enum {string} */
      kind: "sale" | "return";
      name: string;
      onHand: number;
      point: components["schemas"]["DisplayPoint"];
      productCode: string;
      quantity: number;
    };
    /**
     * @example {
     *   "productCode": "KBJ01",
     *   "quantity": 2,
     *   "kind": "sale"
     * }
     */
    PlacementSaleInput: {
      /**
       * @description return: unsold units taken back by the producer
       * @default sale
       * @enum {string}
       */
      kind?: "sale" | "return";
      productCode: string;
      quantity: number;
    };
    ProducerProfile: {
      allowsCashOnPickup: boolean;
      bank: {
        account: string | null;
        holder: string | null;
        name: string | null;
      };
      businessName: string;
      district: string;
      id: string;
      missing: ("nib" | "payment" | "story")[];
      nib: string | null;
      ownerName: string;
      phone: string | null;
      qrisMediaId: string | null;
      region: {
        code: string;
        name: string;
        shortName: string;
      };
      story: string | null;
      storyEn: string | null;
      village: string;
    };
    /**
     * @example {
     *   "nib": "9120001234567",
     *   "bankName": "Bank NTT",
     *   "bankAccount": "0012345678",
     *   "bankHolder": "Maria Goreti",
     *   "story": "Kopi dari lereng Inerie, dipetik merah."
     * }
     */
    ProducerProfilePatch: {
      allowsCashOnPickup?: boolean;
      bankAccount?: string | null;
      bankHolder?: string | null;
      bankName?: string | null;
      businessName?: string;
      district?: string;
      /**
       * @description 13 digits; spaces and dashes allowed
       * @example 9120001234567
       */
      nib?: string | null;
      ownerName?: string;
      phone?: string | null;
      /**
       * @description a Media of kind "qris" uploaded by this producer
       * @example cmh2x1k9v0001qz8l3v5b7n2d
       */
      qrisMediaId?: string | null;
      /** @example 53.09 */
      regionCode?: string;
      story?: string | null;
      /** @description the story in English; null clears it */
      storyEn?: string | null;
      village?: string;
    };
    Product: {
      category: {
        id: string;
        nameEn: string;
        nameId: string;
      };
      code: string;
      description: {
        en: string | null;
        id: string;
      };
      id: string;
      name: {
        en: string | null;
        id: string;
      };
      permits: ({
          expiresAt: string | null;
          number: string | null;
          /** @enum {string} */
          type: "HALAL" | "SPP_IRT" | "BPOM_MD" | "NIB";
        })[];
      photos: ({
          /** @description first 16 hex digits of the file's SHA-256; the storefront's year-long cached copies carry it */
          hash: string | null;
          height: number | null;
          mediaId: string;
          /** @description relative to /media/, e.g. 2026/12/<id>.jpg */
          path: string;
          thumbPath: string | null;
          width: number | null;
        })[];
      /** @description integer rupiah */
      priceIdr: number;
      producer: {
        businessName: string;
        district: string;
        id: string;
        story: string | null;
        /** @description the story in English; null when only the Indonesian exists */
        storyEn: string | null;
        village: string;
      };
      rating: {
        average: number | null;
        count: number;
      };
      region: {
        code: string;
        island: string;
        name: string;
        shortName: string;
      };
      slug: string;
      status: string;
      stock: number;
      unit: string;
      weightGrams: number;
    };
    ProductPage: {
      items: components["schemas"]["Product"][];
      nextCursor: string | null;
    };
    /**
     * @example {
     *   "reason": "dibayar setelah pesanan kedaluwarsa"
     * }
     */
    RefundRequest: {
      reason: string;
    };
    Region: {
      areaKm2: number;
      /** @example 53.71 */
      code: string;
      island: string;
      name: string;
      seat: string;
      shortName: string;
      type: string;
    };
    Review: {
      decision: string;
      flagship: {
        month: string;
        regionCode: string;
      } | null;
      grade: string | null;
      productId: string;
      reviewId: string;
      status: string;
      total: number | null;
    };
    /**
     * @example {
     *   "scores": {
     *     "quality": 4,
     *     "packaging": 4,
     *     "localMaterial": 4,
     *     "legality": 4,
     *     "capacity": 4,
     *     "price": 4,
     *     "story": 4
     *   },
     *   "decision": "APPROVE",
     *   "notes": "Kemasan rapi, label lengkap",
     *   "designateFlagship": false
     * }
     */
    ReviewInput: {
      /** @enum {string} */
      decision: "APPROVE" | "REQUEST_CHANGES" | "REJECT";
      /**
       * @description with APPROVE: this month's flagship of the product's regency
       * @default false
       */
      designateFlagship?: boolean;
      /**
       * @description REQUEST_CHANGES: a note per field to fix
       * @example {
       *   "photos": "Foto kurang terang"
       * }
       */
      fieldNotes?: {
        categoryId?: string;
        descriptionEn?: string;
        descriptionId?: string;
        nameEn?: string;
        nameId?: string;
        packagingState?: string;
        permits?: string;
        photos?: string;
        priceIdr?: string;
        restrictedLicence?: string;
        unit?: string;
        weightGrams?: string;
      };
      /** @description required for REJECT (the reason) and for REQUEST_CHANGES unless fieldNotes name the fields */
      notes?: string;
      /** @description required for APPROVE; a refusal or a fix request may come without */
      scores?: {
        capacity: number;
        legality: number;
        localMaterial: number;
        packaging: number;
        price: number;
        quality: number;
        story: number;
      };
    };
    SeedCounts: {
      demo?: {
        flagships: number;
        licensingCases: number;
        photos: number;
        producers: number;
        products: number;
        users: number;
      };
      reference: {
        categories: number;
        displayPoints: number;
        regions: number;
      };
    };
    /**
     * @example {
     *   "rates": [
     *     {
     *       "zone": "SAME_REGENCY",
     *       "baseIdr": 10000,
     *       "perKgIdr": 2000
     *     },
     *     {
     *       "zone": "NTT",
     *       "baseIdr": 25000,
     *       "perKgIdr": 5000
     *     }
     *   ]
     * }
     */
    ShippingRates: {
      rates: ({
          baseIdr: number;
          perKgIdr: number;
          /** @enum {string} */
          zone: "SAME_REGENCY" | "NTT" | "INDONESIA" | "ABROAD";
        })[];
    };
    /**
     * @example {
     *   "target": 3
     * }
     */
    TargetInput: {
      target: number;
    };
    TargetProgress: {
      designated: number;
      gap: number;
      met: boolean;
      month: string;
      pipeline: {
        approvedNotDesignated: number;
        inReview: number;
        submitted: number;
      };
      regionCode: string;
      regionName: string;
      target: number;
    };
  };
  responses: {
    /** @description Unexpected error (logged with the requestId) */
    Internal: {
      content: {
        "application/json": components["schemas"]["Error"];
      };
    };
    /** @description Request body above 12 MB */
    PayloadTooLarge: {
      content: {
        "application/json": components["schemas"]["Error"];
      };
    };
    /** @description Too many requests from this client in the minute */
    RateLimited: {
      headers: {
        /** @description draft-6 RateLimit fields: limit, remaining, reset */
        RateLimit?: string;
        /** @description seconds until the window resets */
        "Retry-After"?: number;
      };
      content: {
        "application/json": components["schemas"]["Error"];
      };
    };
    /** @description Missing, unknown or revoked API token */
    Unauthorized: {
      content: {
        "application/json": components["schemas"]["Error"];
      };
    };
    /** @description The database is unavailable; try again shortly */
    Unavailable: {
      content: {
        "application/json": components["schemas"]["Error"];
      };
    };
    /** @description A content type this operation does not accept */
    UnsupportedMediaType: {
      content: {
        "application/json": components["schemas"]["Error"];
      };
    };
  };
  parameters: {
    /**
     * @description Repeating this request with the same key (within 24 hours, same caller) returns the first answer with Idempotent-Replayed: true; the same key with another body answers 422, while the first is still running 409.
     * @example 7f9c2ba4-e88f-4c1a-9b0e-3d1f2a6c5e01
     */
    IdempotencyKey?: string;
  };
  requestBodies: never;
  headers: never;
  pathItems: never;
}

export type $defs = Record<string, never>;

export type external = Record<string, never>;

export interface operations {

  /**
   * Admins: correct a producer's product (names, descriptions, category, price, stock) with a reason, audited; curators may not
   * @description The changed fields, their values before and after, the reason and the admin are written to the audit log in the same transaction. The product keeps its curation status. Curators judge products on the curation routes and do not edit them.
   */
  correctProductAsAdmin: {
    parameters: {
      path: {
        /** @description product id */
        id: string;
      };
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["AdminProductCorrection"];
      };
    };
    responses: {
      /** @description the product after the correction; changed: the fields that changed */
      200: {
        content: {
          "application/json": components["schemas"]["MyProduct"] & {
            changed: string[];
          };
        };
      };
      /** @description Invalid input */
      400: {
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Missing or invalid API token */
      401: {
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Not allowed for this user */
      403: {
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Not found */
      404: {
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Conflict with the current state */
      409: {
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      413: components["responses"]["PayloadTooLarge"];
      415: components["responses"]["UnsupportedMediaType"];
      429: components["responses"]["RateLimited"];
      500: components["responses"]["Internal"];
      503: components["responses"]["Unavailable"];
    };
  };
  /** List API tokens (never their secrets) */
  listApiTokens: {
    responses: {
      /** @description tokens */
      200: {
        content: {
          "application/json": {
            items: components["schemas"]["ApiToken"][];
          };
        };
      };
      /** @description Missing or invalid API token */
      401: {
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Not allowed for this user */
      403: {
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      429: components["responses"]["RateLimited"];
      500: components["responses"]["Internal"];
      503: components["responses"]["Unavailable"];
    };
  };
  /** Create an API token for a user (shown once) */
  createApiToken: {
    parameters: {
      header?: {
        "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
      };
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["ApiTokenInput"];
      };
    };
    responses: {
      /** @description created */
      201: {
        content: {
          "application/json": {
            id: string;
            prefix: string;
            token: string;
            userId: string;
          };
        };
      };
      /** @description Invalid input */
      400: {
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Missing or invalid API token */
      401: {
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Not allowed for this user */
      403: {
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Not found */
      404: {
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      413: components["responses"]["PayloadTooLarge"];
      415: components["responses"]["UnsupportedMediaType"];
      429: components["responses"]["RateLimited"];
      500: components["responses"]["Internal"];
      503: components["responses"]["Unavailable"];
    };
  };
  /** Revoke a token by id or prefix */
  revokeApiToken: {
    parameters: {
      path: {
        /** @description token id or prefix */
        id: string;
      };
    };
    responses: {
      /** @description revoked */
      200: {
        content: {
          "application/json": {
            revoked: number;
          };
        };
      };
      /** @description Invalid input */
      400: {
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Missing or invalid API token */
      401: {
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Not allowed for this user */
      403: {
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Not found */
      404: {
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      429: components["responses"]["RateLimited"];
      500: components["responses"]["Internal"];
      503: components["responses"]["Unavailable"];
    };
  };
  /** The WhatsApp login QR code while the session waits for a scan (admins); 404 when there is none */
  getWhatsappLoginQr: {
    responses: {
      /** @description the QR code */
      200: {
        content: {
          "image/png": string;
        };
      };
      401: components["responses"]["Unauthorized"];
      /** @description Not allowed for this user */
      403: {
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Not found */
      404: {
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      429: components["responses"]["RateLimited"];
      500: components["responses"]["Internal"];
      503: components["responses"]["Unavailable"];
    };
  };
  /** Product categories */
  listCategories: {
    parameters: {
      header?: {
        /** @description an ETag from an earlier answer */
        "if-none-match"?: string;
      };
    };
    responses: {
      /** @description categories */
      200: {
        headers: {
          /** @description entity tag of this answer, for If-None-Match */
          ETag?: string;
        };
        content: {
          "application/json": {
            items: components["schemas"]["Category"][];
          };
        };
      };
      /** @description not modified since the ETag sent in If-None-Match */
      304: {
        headers: {
          /** @description the entity tag */
          ETag?: string;
        };
        content: never;
      };
      429: components["responses"]["RateLimited"];
      500: components["responses"]["Internal"];
      503: components["responses"]["Unavailable"];
    };
  };
  /** What checking out my cart would order, with a fresh checkout key */
  previewCheckout: {
    responses: {
      /** @description the preview */
      200: {
        content: {
          "application/json": components["schemas"]["CheckoutPreview"];
        };
      };
      /** @description Missing or invalid API token */
      401: {
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      429: components["responses"]["RateLimited"];
      500: components["responses"]["Internal"];
      503: components["responses"]["Unavailable"];
    };
  };
  /** Check out my cart: one order per producer, stock reserved at once */
  checkout: {
    parameters: {
      header?: {
        "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
      };
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["CheckoutRequest"];
      };
    };
    responses: {
      /** @description the orders an earlier request with the same checkout key placed */
      200: {
        content: {
          "application/json": {
            created: boolean;
            orders: components["schemas"]["Order"][];
          };
        };
      };
      /** @description orders placed */
      201: {
        content: {
          "application/json": {
            created: boolean;
            orders: components["schemas"]["Order"][];
          };
        };
      };
      /** @description Invalid input */
      400: {
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Missing or invalid API token */
      401: {
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Not allowed for this user */
      403: {
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Not found */
      404: {
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Conflict with the current state */
      409: {
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      413: components["responses"]["PayloadTooLarge"];
      415: components["responses"]["UnsupportedMediaType"];
      /** @description Understood but refused by a business rule */
      422: {
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      429: components["responses"]["RateLimited"];
      500: components["responses"]["Internal"];
      503: components["responses"]["Unavailable"];
    };
  };
  /** Submissions waiting in the caller's regencies (admins: all), oldest first */
  getCurationQueue: {
    responses: {
      /** @description the queue */
      200: {
        content: {
          "application/json": {
            items: components["schemas"]["CurationQueueItem"][];
          };
        };
      };
      /** @description Missing or invalid API token */
      401: {
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Not allowed for this user */
      403: {
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      429: components["responses"]["RateLimited"];
      500: components["responses"]["Internal"];
      503: components["responses"]["Unavailable"];
    };
  };
  /** Display points (officials); manageable=true: only those the caller may place products at */
  listDisplayPoints: {
    parameters: {
      query?: {
        manageable?: "true" | "false";
        includeInactive?: "true" | "false";
      };
    };
    responses: {
      /** @description the points */
      200: {
        content: {
          "application/json": {
            items: (components["schemas"]["DisplayPoint"] & {
                manageable: boolean;
              })[];
          };
        };
      };
      /** @description Invalid input */
      400: {
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Missing or invalid API token */
      401: {
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Not allowed for this user */
      403: {
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      429: components["responses"]["RateLimited"];
      500: components["responses"]["Internal"];
      503: components["responses"]["Unavailable"];
    };
  };
  /** Add a display point: a hotel, an exhibition space, a point outside NTT (admins) */
  createDisplayPoint: {
    parameters: {
      header?: {
        "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
      };
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["DisplayPointInput"];
      };
    };
    responses: {
      /** @description created */
      201: {
        content: {
          "application/json": components["schemas"]["DisplayPoint"];
        };
      };
      /** @description Invalid input */
      400: {
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Missing or invalid API token */
      401: {
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Not allowed for this user */
      403: {
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Conflict with the current state */
      409: {
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      413: components["responses"]["PayloadTooLarge"];
      415: components["responses"]["UnsupportedMediaType"];
      429: components["responses"]["RateLimited"];
      500: components["responses"]["Internal"];
      503: components["responses"]["Unavailable"];
    };
  };
  /** One display point */
  getDisplayPoint: {
    parameters: {
      path: {
        code: string;
      };
    };
    responses: {
      /** @description the point */
      200: {
        content: {
          "application/json": components["schemas"]["DisplayPoint"];
        };
      };
      /** @description Invalid input */
      400: {
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Missing or invalid API token */
      401: {
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Not allowed for this user */
      403: {
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Not found */
      404: {
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      429: components["responses"]["RateLimited"];
      500: components["responses"]["Internal"];
      503: components["responses"]["Unavailable"];
    };
  };
  /** Change a display point (admins) */
  updateDisplayPoint: {
    parameters: {
      path: {
        code: string;
      };
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["DisplayPointPatch"];
      };
    };
    responses: {
      /** @description changed */
      200: {
        content: {
          "application/json": components["schemas"]["DisplayPoint"];
        };
      };
      /** @description Invalid input */
      400: {
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Missing or invalid API token */
      401: {
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Not allowed for this user */
      403: {
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Not found */
      404: {
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      413: components["responses"]["PayloadTooLarge"];
      415: components["responses"]["UnsupportedMediaType"];
      429: components["responses"]["RateLimited"];
      500: components["responses"]["Internal"];
      503: components["responses"]["Unavailable"];
    };
  };
  /** The point's shelf per product */
  getDisplayInventory: {
    parameters: {
      path: {
        code: string;
      };
    };
    responses: {
      /** @description the shelf */
      200: {
        content: {
          "application/json": components["schemas"]["DisplayInventory"];
        };
      };
      /** @description Invalid input */
      400: {
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Missing or invalid API token */
      401: {
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Not allowed for this user */
      403: {
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Not found */
      404: {
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      429: components["responses"]["RateLimited"];
      500: components["responses"]["Internal"];
      503: components["responses"]["Unavailable"];
    };
  };
  /** A printable A4 sheet of the labels of every placed product */
  getDisplayLabelSheet: {
    parameters: {
      query?: {
        lang?: "id" | "en";
        copies?: number;
      };
      path: {
        code: string;
      };
    };
    responses: {
      /** @description the label sheet */
      200: {
        content: {
          "application/pdf": string;
        };
      };
      /** @description Invalid input */
      400: {
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Missing or invalid API token */
      401: {
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Not allowed for this user */
      403: {
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Not found */
      404: {
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      429: components["responses"]["RateLimited"];
      500: components["responses"]["Internal"];
      503: components["responses"]["Unavailable"];
    };
  };
  /** One placed product's label as PNG: /labels/<productCode>.png */
  getDisplayLabel: {
    parameters: {
      query?: {
        lang?: "id" | "en";
      };
      path: {
        code: string;
        /** @description <productCode>.png */
        file: string;
      };
    };
    responses: {
      /** @description the label */
      200: {
        content: {
          "image/png": string;
        };
      };
      /** @description Invalid input */
      400: {
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Missing or invalid API token */
      401: {
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Not allowed for this user */
      403: {
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Not found */
      404: {
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      429: components["responses"]["RateLimited"];
      500: components["responses"]["Internal"];
      503: components["responses"]["Unavailable"];
    };
  };
  /** Place units of a published product at the point (officials of the point's regency; admins); tops up a running placement */
  placeAtDisplayPoint: {
    parameters: {
      header?: {
        "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
      };
      path: {
        code: string;
      };
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["PlacementInput"];
      };
    };
    responses: {
      /** @description placed */
      201: {
        content: {
          "application/json": components["schemas"]["Placement"];
        };
      };
      /** @description Invalid input */
      400: {
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Missing or invalid API token */
      401: {
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Not allowed for this user */
      403: {
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Not found */
      404: {
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      413: components["responses"]["PayloadTooLarge"];
      415: components["responses"]["UnsupportedMediaType"];
      /** @description Understood but refused by a business rule */
      422: {
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      429: components["responses"]["RateLimited"];
      500: components["responses"]["Internal"];
      503: components["responses"]["Unavailable"];
    };
  };
  /** A WITA month at the point: products shown, units sold, scans, attributed orders (JSON or CSV); default: this month */
  getDisplayReport: {
    parameters: {
      query?: {
        month?: string;
        format?: "json" | "csv";
        lang?: "id" | "en";
      };
      path: {
        code: string;
      };
    };
    responses: {
      /** @description JSON (point, month, summary, rows) or text/csv */
      200: {
        content: never;
      };
      /** @description Invalid input */
      400: {
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Missing or invalid API token */
      401: {
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Not allowed for this user */
      403: {
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Not found */
      404: {
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      429: components["responses"]["RateLimited"];
      500: components["responses"]["Internal"];
      503: components["responses"]["Unavailable"];
    };
  };
  /** Record a sale or a return at the point (its staff and officials); never more than the shelf holds */
  recordDisplaySale: {
    parameters: {
      header?: {
        "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
      };
      path: {
        code: string;
      };
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["PlacementSaleInput"];
      };
    };
    responses: {
      /** @description recorded */
      201: {
        content: {
          "application/json": components["schemas"]["PlacementMovement"];
        };
      };
      /** @description Invalid input */
      400: {
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Missing or invalid API token */
      401: {
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Not allowed for this user */
      403: {
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Not found */
      404: {
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Conflict with the current state */
      409: {
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      413: components["responses"]["PayloadTooLarge"];
      415: components["responses"]["UnsupportedMediaType"];
      /** @description Understood but refused by a business rule */
      422: {
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      429: components["responses"]["RateLimited"];
      500: components["responses"]["Internal"];
      503: components["responses"]["Unavailable"];
    };
  };
  /** Add a staff member (by user id or phone number) who records sales at the point */
  addDisplayStaff: {
    parameters: {
      header?: {
        "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
      };
      path: {
        code: string;
      };
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["DisplayStaffInput"];
      };
    };
    responses: {
      /** @description added (added=false: was staff already) */
      201: {
        content: {
          "application/json": {
            added: boolean;
            displayName: string;
            point: components["schemas"]["DisplayPoint"];
            userId: string;
          };
        };
      };
      /** @description Invalid input */
      400: {
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Missing or invalid API token */
      401: {
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Not allowed for this user */
      403: {
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Not found */
      404: {
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      413: components["responses"]["PayloadTooLarge"];
      415: components["responses"]["UnsupportedMediaType"];
      429: components["responses"]["RateLimited"];
      500: components["responses"]["Internal"];
      503: components["responses"]["Unavailable"];
    };
  };
  /** Create an invitation code for a curator (bound to regencies) or a province admin (admins only) */
  createInvitation: {
    parameters: {
      header?: {
        "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
      };
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["InvitationInput"];
      };
    };
    responses: {
      /** @description the code, shown once */
      201: {
        content: {
          "application/json": components["schemas"]["Invitation"];
        };
      };
      /** @description Invalid input */
      400: {
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Missing or invalid API token */
      401: {
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Not allowed for this user */
      403: {
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      413: components["responses"]["PayloadTooLarge"];
      415: components["responses"]["UnsupportedMediaType"];
      429: components["responses"]["RateLimited"];
      500: components["responses"]["Internal"];
      503: components["responses"]["Unavailable"];
    };
  };
  /** Licensing cases: a producer sees their own, a curator their regencies, an admin all */
  listLicensingCases: {
    parameters: {
      query?: {
        /** @description only the cases of this product */
        productId?: string;
        /** @description only open, in progress or returned cases */
        active?: "true" | "false";
      };
    };
    responses: {
      /** @description cases */
      200: {
        content: {
          "application/json": {
            items: components["schemas"]["LicensingCase"][];
          };
        };
      };
      /** @description Invalid input */
      400: {
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Missing or invalid API token */
      401: {
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Not allowed for this user */
      403: {
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      429: components["responses"]["RateLimited"];
      500: components["responses"]["Internal"];
      503: components["responses"]["Unavailable"];
    };
  };
  /** Open a licensing case (officials of the regency; a producer for their own product = asking for help) */
  openLicensingCase: {
    parameters: {
      header?: {
        "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
      };
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["LicensingCaseInput"];
      };
    };
    responses: {
      /** @description opened */
      201: {
        content: {
          "application/json": components["schemas"]["LicensingCase"];
        };
      };
      /** @description Invalid input */
      400: {
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Missing or invalid API token */
      401: {
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Not allowed for this user */
      403: {
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Not found */
      404: {
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Conflict with the current state */
      409: {
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      413: components["responses"]["PayloadTooLarge"];
      415: components["responses"]["UnsupportedMediaType"];
      /** @description Understood but refused by a business rule */
      422: {
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      429: components["responses"]["RateLimited"];
      500: components["responses"]["Internal"];
      503: components["responses"]["Unavailable"];
    };
  };
  /** One licensing case with its history */
  getLicensingCase: {
    parameters: {
      path: {
        /** @description licensing case id */
        id: string;
      };
    };
    responses: {
      /** @description the case */
      200: {
        content: {
          "application/json": components["schemas"]["LicensingCase"];
        };
      };
      /** @description Invalid input */
      400: {
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Missing or invalid API token */
      401: {
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Not allowed for this user */
      403: {
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Not found */
      404: {
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      429: components["responses"]["RateLimited"];
      500: components["responses"]["Internal"];
      503: components["responses"]["Unavailable"];
    };
  };
  /** Record the issued certificate: format-checked number, issue and expiry dates (officials); the badge appears on the product */
  recordLicensingCertificate: {
    parameters: {
      header?: {
        "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
      };
      path: {
        /** @description licensing case id */
        id: string;
      };
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["CertificateInput"];
      };
    };
    responses: {
      /** @description issued and verified */
      201: {
        content: {
          "application/json": components["schemas"]["LicensingCase"];
        };
      };
      /** @description Invalid input */
      400: {
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Missing or invalid API token */
      401: {
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Not allowed for this user */
      403: {
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Not found */
      404: {
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Conflict with the current state */
      409: {
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      413: components["responses"]["PayloadTooLarge"];
      415: components["responses"]["UnsupportedMediaType"];
      /** @description Understood but refused by a business rule */
      422: {
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      429: components["responses"]["RateLimited"];
      500: components["responses"]["Internal"];
      503: components["responses"]["Unavailable"];
    };
  };
  /** Advance to the next step with a note, or return the case for corrections (officials) */
  advanceLicensingCase: {
    parameters: {
      header?: {
        "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
      };
      path: {
        /** @description licensing case id */
        id: string;
      };
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["LicensingStepInput"];
      };
    };
    responses: {
      /** @description the case after the step */
      201: {
        content: {
          "application/json": components["schemas"]["LicensingCase"];
        };
      };
      /** @description Invalid input */
      400: {
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Missing or invalid API token */
      401: {
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Not allowed for this user */
      403: {
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Not found */
      404: {
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Conflict with the current state */
      409: {
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      413: components["responses"]["PayloadTooLarge"];
      415: components["responses"]["UnsupportedMediaType"];
      /** @description Understood but refused by a business rule */
      422: {
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      429: components["responses"]["RateLimited"];
      500: components["responses"]["Internal"];
      503: components["responses"]["Unavailable"];
    };
  };
  /** My cart: lines grouped per producer, subtotals and warnings */
  getCart: {
    responses: {
      /** @description the cart */
      200: {
        content: {
          "application/json": components["schemas"]["Cart"];
        };
      };
      /** @description Missing or invalid API token */
      401: {
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      429: components["responses"]["RateLimited"];
      500: components["responses"]["Internal"];
      503: components["responses"]["Unavailable"];
    };
  };
  /** Add a product (merges with its line; the total stays within the stock) */
  addCartLine: {
    parameters: {
      header?: {
        "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
      };
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["CartAddInput"];
      };
    };
    responses: {
      /** @description the cart after adding */
      201: {
        content: {
          "application/json": components["schemas"]["Cart"];
        };
      };
      /** @description Invalid input */
      400: {
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Missing or invalid API token */
      401: {
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Not allowed for this user */
      403: {
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Not found */
      404: {
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      413: components["responses"]["PayloadTooLarge"];
      415: components["responses"]["UnsupportedMediaType"];
      /** @description Understood but refused by a business rule */
      422: {
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      429: components["responses"]["RateLimited"];
      500: components["responses"]["Internal"];
      503: components["responses"]["Unavailable"];
    };
  };
  /** Empty the cart */
  clearCart: {
    responses: {
      /** @description emptied */
      200: {
        content: {
          "application/json": {
            removed: number;
          };
        };
      };
      /** @description Missing or invalid API token */
      401: {
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      429: components["responses"]["RateLimited"];
      500: components["responses"]["Internal"];
      503: components["responses"]["Unavailable"];
    };
  };
  /** Remove a line */
  removeCartLine: {
    parameters: {
      path: {
        /** @description cart line id */
        lineId: string;
      };
    };
    responses: {
      /** @description the cart after removing */
      200: {
        content: {
          "application/json": components["schemas"]["Cart"];
        };
      };
      /** @description Invalid input */
      400: {
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Missing or invalid API token */
      401: {
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Not found */
      404: {
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      429: components["responses"]["RateLimited"];
      500: components["responses"]["Internal"];
      503: components["responses"]["Unavailable"];
    };
  };
  /** Change a line's quantity */
  setCartLineQuantity: {
    parameters: {
      path: {
        /** @description cart line id */
        lineId: string;
      };
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["CartQuantityInput"];
      };
    };
    responses: {
      /** @description the cart after the change */
      200: {
        content: {
          "application/json": components["schemas"]["Cart"];
        };
      };
      /** @description Invalid input */
      400: {
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Missing or invalid API token */
      401: {
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Not found */
      404: {
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      413: components["responses"]["PayloadTooLarge"];
      415: components["responses"]["UnsupportedMediaType"];
      /** @description Understood but refused by a business rule */
      422: {
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      429: components["responses"]["RateLimited"];
      500: components["responses"]["Internal"];
      503: components["responses"]["Unavailable"];
    };
  };
  /** My orders as a buyer, or my producer profile’s orders */
  listMyOrders: {
    parameters: {
      query?: {
        /** @description my purchases, or the orders of my producer profile */
        as?: "buyer" | "producer";
        /** @description only orders still in progress */
        open?: "true" | "false";
        limit?: number;
      };
    };
    responses: {
      /** @description orders */
      200: {
        content: {
          "application/json": {
            items: components["schemas"]["OrderSummary"][];
          };
        };
      };
      /** @description Invalid input */
      400: {
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Missing or invalid API token */
      401: {
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Not allowed for this user */
      403: {
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      429: components["responses"]["RateLimited"];
      500: components["responses"]["Internal"];
      503: components["responses"]["Unavailable"];
    };
  };
  /** My business profile */
  getMyProducerProfile: {
    responses: {
      /** @description the profile */
      200: {
        content: {
          "application/json": components["schemas"]["ProducerProfile"];
        };
      };
      /** @description Missing or invalid API token */
      401: {
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Not allowed for this user */
      403: {
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      429: components["responses"]["RateLimited"];
      500: components["responses"]["Internal"];
      503: components["responses"]["Unavailable"];
    };
  };
  /** Complete or change my business profile (NIB, bank, QRIS, story ...) */
  updateMyProducerProfile: {
    requestBody: {
      content: {
        "application/json": components["schemas"]["ProducerProfilePatch"];
      };
    };
    responses: {
      /** @description the profile */
      200: {
        content: {
          "application/json": components["schemas"]["ProducerProfile"];
        };
      };
      /** @description Invalid input */
      400: {
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Missing or invalid API token */
      401: {
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Not allowed for this user */
      403: {
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      413: components["responses"]["PayloadTooLarge"];
      415: components["responses"]["UnsupportedMediaType"];
      429: components["responses"]["RateLimited"];
      500: components["responses"]["Internal"];
      503: components["responses"]["Unavailable"];
    };
  };
  /** My products (not archived), with their curation status */
  listMyProducts: {
    responses: {
      /** @description my products */
      200: {
        content: {
          "application/json": {
            items: components["schemas"]["MyProduct"][];
          };
        };
      };
      /** @description Missing or invalid API token */
      401: {
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Not allowed for this user */
      403: {
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      429: components["responses"]["RateLimited"];
      500: components["responses"]["Internal"];
      503: components["responses"]["Unavailable"];
    };
  };
  /** Create a product as a draft */
  createMyProduct: {
    parameters: {
      header?: {
        "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
      };
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["MyProductCreate"];
      };
    };
    responses: {
      /** @description the draft */
      201: {
        content: {
          "application/json": components["schemas"]["MyProduct"];
        };
      };
      /** @description Invalid input */
      400: {
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Missing or invalid API token */
      401: {
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Not allowed for this user */
      403: {
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      413: components["responses"]["PayloadTooLarge"];
      415: components["responses"]["UnsupportedMediaType"];
      429: components["responses"]["RateLimited"];
      500: components["responses"]["Internal"];
      503: components["responses"]["Unavailable"];
    };
  };
  /** One of my products */
  getMyProduct: {
    parameters: {
      path: {
        /** @description product id */
        id: string;
      };
    };
    responses: {
      /** @description the product */
      200: {
        content: {
          "application/json": components["schemas"]["MyProduct"];
        };
      };
      /** @description Invalid input */
      400: {
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Missing or invalid API token */
      401: {
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Not allowed for this user */
      403: {
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Not found */
      404: {
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      429: components["responses"]["RateLimited"];
      500: components["responses"]["Internal"];
      503: components["responses"]["Unavailable"];
    };
  };
  /** Change a product; names, descriptions and category send an approved product back to curation */
  updateMyProduct: {
    parameters: {
      path: {
        /** @description product id */
        id: string;
      };
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["MyProductPatch"];
      };
    };
    responses: {
      /** @description the product */
      200: {
        content: {
          "application/json": components["schemas"]["MyProduct"] & {
            sentToReview: boolean;
          };
        };
      };
      /** @description Invalid input */
      400: {
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Missing or invalid API token */
      401: {
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Not allowed for this user */
      403: {
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Not found */
      404: {
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Conflict with the current state */
      409: {
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      413: components["responses"]["PayloadTooLarge"];
      415: components["responses"]["UnsupportedMediaType"];
      429: components["responses"]["RateLimited"];
      500: components["responses"]["Internal"];
      503: components["responses"]["Unavailable"];
    };
  };
  /** Add a photo (at most 5): multipart field "photo", or the image itself as the body */
  uploadMyProductPhoto: {
    parameters: {
      header?: {
        "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
      };
      path: {
        /** @description product id */
        id: string;
      };
    };
    requestBody?: {
      content: {
        "image/jpeg": string;
        "image/png": string;
        "image/webp": string;
        "multipart/form-data": {
          /** Format: binary */
          photo?: string;
        };
      };
    };
    responses: {
      /** @description the product with the new photo */
      201: {
        content: {
          "application/json": components["schemas"]["MyProduct"];
        };
      };
      /** @description Invalid input */
      400: {
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Missing or invalid API token */
      401: {
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Not allowed for this user */
      403: {
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Not found */
      404: {
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Conflict with the current state */
      409: {
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      413: components["responses"]["PayloadTooLarge"];
      415: components["responses"]["UnsupportedMediaType"];
      /** @description Understood but refused by a business rule */
      422: {
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      429: components["responses"]["RateLimited"];
      500: components["responses"]["Internal"];
      503: components["responses"]["Unavailable"];
    };
  };
  /** Send a draft (or a product with changes requested) for curation; the regency curators are alerted */
  submitMyProduct: {
    parameters: {
      path: {
        /** @description product id */
        id: string;
      };
    };
    responses: {
      /** @description the product */
      200: {
        content: {
          "application/json": components["schemas"]["MyProduct"];
        };
      };
      /** @description Invalid input */
      400: {
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Missing or invalid API token */
      401: {
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Not allowed for this user */
      403: {
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Not found */
      404: {
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Conflict with the current state */
      409: {
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      429: components["responses"]["RateLimited"];
      500: components["responses"]["Internal"];
      503: components["responses"]["Unavailable"];
    };
  };
  /** Producer: my shipping rates per zone */
  getMyShippingRates: {
    responses: {
      /** @description the rates */
      200: {
        content: {
          "application/json": components["schemas"]["ShippingRates"];
        };
      };
      /** @description Missing or invalid API token */
      401: {
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Not allowed for this user */
      403: {
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      429: components["responses"]["RateLimited"];
      500: components["responses"]["Internal"];
      503: components["responses"]["Unavailable"];
    };
  };
  /** Producer: replace my shipping rates (per zone: base per parcel and per started kg) */
  setMyShippingRates: {
    requestBody: {
      content: {
        "application/json": components["schemas"]["ShippingRates"];
      };
    };
    responses: {
      /** @description the rates now */
      200: {
        content: {
          "application/json": components["schemas"]["ShippingRates"];
        };
      };
      /** @description Invalid input */
      400: {
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Missing or invalid API token */
      401: {
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Not allowed for this user */
      403: {
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      413: components["responses"]["PayloadTooLarge"];
      415: components["responses"]["UnsupportedMediaType"];
      429: components["responses"]["RateLimited"];
      500: components["responses"]["Internal"];
      503: components["responses"]["Unavailable"];
    };
  };
  /** One order (its buyer, its producer or an admin), with its history */
  getOrder: {
    parameters: {
      path: {
        /** @description order id */
        id: string;
      };
    };
    responses: {
      /** @description the order */
      200: {
        content: {
          "application/json": components["schemas"]["Order"] & ({
            history: ({
                at: string;
                /** @enum {string|null} */
                from: "AWAITING_CONFIRMATION" | "AWAITING_PAYMENT" | "PAYMENT_SUBMITTED" | "PAID" | "SHIPPED" | "READY_FOR_PICKUP" | "COMPLETED" | "DECLINED" | "CANCELLED" | "EXPIRED" | null;
                note: string | null;
                /** @enum {string} */
                to: "AWAITING_CONFIRMATION" | "AWAITING_PAYMENT" | "PAYMENT_SUBMITTED" | "PAID" | "SHIPPED" | "READY_FOR_PICKUP" | "COMPLETED" | "DECLINED" | "CANCELLED" | "EXPIRED";
              })[];
          });
        };
      };
      /** @description Invalid input */
      400: {
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Missing or invalid API token */
      401: {
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Not allowed for this user */
      403: {
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Not found */
      404: {
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      429: components["responses"]["RateLimited"];
      500: components["responses"]["Internal"];
      503: components["responses"]["Unavailable"];
    };
  };
  /** Producer: accept with the shipping cost (courier) — sets the total */
  acceptOrder: {
    parameters: {
      path: {
        /** @description order id */
        id: string;
      };
    };
    requestBody?: {
      content: {
        "application/json": components["schemas"]["OrderAcceptInput"];
      };
    };
    responses: {
      /** @description the order after the step */
      200: {
        content: {
          "application/json": components["schemas"]["Order"];
        };
      };
      /** @description Invalid input */
      400: {
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Missing or invalid API token */
      401: {
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Not allowed for this user */
      403: {
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Not found */
      404: {
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Conflict with the current state */
      409: {
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      413: components["responses"]["PayloadTooLarge"];
      415: components["responses"]["UnsupportedMediaType"];
      429: components["responses"]["RateLimited"];
      500: components["responses"]["Internal"];
      503: components["responses"]["Unavailable"];
    };
  };
  /** Buyer: cancel before paying (stock released) */
  cancelOrder: {
    parameters: {
      path: {
        /** @description order id */
        id: string;
      };
    };
    requestBody?: {
      content: {
        "application/json": components["schemas"]["OrderCancelInput"];
      };
    };
    responses: {
      /** @description the order after the step */
      200: {
        content: {
          "application/json": components["schemas"]["Order"];
        };
      };
      /** @description Invalid input */
      400: {
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Missing or invalid API token */
      401: {
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Not allowed for this user */
      403: {
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Not found */
      404: {
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Conflict with the current state */
      409: {
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      413: components["responses"]["PayloadTooLarge"];
      415: components["responses"]["UnsupportedMediaType"];
      429: components["responses"]["RateLimited"];
      500: components["responses"]["Internal"];
      503: components["responses"]["Unavailable"];
    };
  };
  /** Buyer: received (or producer: handed over at pickup) */
  completeOrder: {
    parameters: {
      path: {
        /** @description order id */
        id: string;
      };
    };
    responses: {
      /** @description the order after the step */
      200: {
        content: {
          "application/json": components["schemas"]["Order"];
        };
      };
      /** @description Invalid input */
      400: {
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Missing or invalid API token */
      401: {
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Not allowed for this user */
      403: {
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Not found */
      404: {
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Conflict with the current state */
      409: {
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      429: components["responses"]["RateLimited"];
      500: components["responses"]["Internal"];
      503: components["responses"]["Unavailable"];
    };
  };
  /** Producer: payment received (cash on pickup: paid and handed over) */
  confirmOrderPayment: {
    parameters: {
      path: {
        /** @description order id */
        id: string;
      };
    };
    responses: {
      /** @description the order after the step */
      200: {
        content: {
          "application/json": components["schemas"]["Order"];
        };
      };
      /** @description Invalid input */
      400: {
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Missing or invalid API token */
      401: {
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Not allowed for this user */
      403: {
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Not found */
      404: {
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Conflict with the current state */
      409: {
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      429: components["responses"]["RateLimited"];
      500: components["responses"]["Internal"];
      503: components["responses"]["Unavailable"];
    };
  };
  /** Producer: decline with a reason (stock released) */
  declineOrder: {
    parameters: {
      path: {
        /** @description order id */
        id: string;
      };
    };
    requestBody?: {
      content: {
        "application/json": components["schemas"]["OrderDeclineInput"];
      };
    };
    responses: {
      /** @description the order after the step */
      200: {
        content: {
          "application/json": components["schemas"]["Order"];
        };
      };
      /** @description Invalid input */
      400: {
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Missing or invalid API token */
      401: {
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Not allowed for this user */
      403: {
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Not found */
      404: {
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Conflict with the current state */
      409: {
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      413: components["responses"]["PayloadTooLarge"];
      415: components["responses"]["UnsupportedMediaType"];
      429: components["responses"]["RateLimited"];
      500: components["responses"]["Internal"];
      503: components["responses"]["Unavailable"];
    };
  };
  /** Buyer: the online payment of the checkout this order belongs to (made once, the same on every call) */
  startOrderPayment: {
    parameters: {
      path: {
        id: string;
      };
    };
    responses: {
      /** @description the payment, or why there is none yet */
      200: {
        content: {
          "application/json": {
            numbers?: string[];
            payment?: components["schemas"]["Payment"];
            /** @enum {string} */
            state: "ready" | "waitingShipping" | "paid" | "closed";
          };
        };
      };
      /** @description Invalid input */
      400: {
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Missing or invalid API token */
      401: {
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Not allowed for this user */
      403: {
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Not found */
      404: {
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Conflict with the current state */
      409: {
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Understood but refused by a business rule */
      422: {
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      429: components["responses"]["RateLimited"];
      500: components["responses"]["Internal"];
      /** @description Database or service unavailable */
      503: {
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
    };
  };
  /** Buyer: rate a product of a completed order (1 to 5 stars, once) */
  rateOrder: {
    parameters: {
      header?: {
        "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
      };
      path: {
        /** @description order id */
        id: string;
      };
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["OrderRatingInput"];
      };
    };
    responses: {
      /** @description rated */
      201: {
        content: {
          "application/json": {
            productId: string;
            stars: number;
          };
        };
      };
      /** @description Invalid input */
      400: {
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Missing or invalid API token */
      401: {
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Not allowed for this user */
      403: {
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Not found */
      404: {
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Conflict with the current state */
      409: {
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      413: components["responses"]["PayloadTooLarge"];
      415: components["responses"]["UnsupportedMediaType"];
      429: components["responses"]["RateLimited"];
      500: components["responses"]["Internal"];
      503: components["responses"]["Unavailable"];
    };
  };
  /** Producer: shipped with courier and tracking number, or ready for pickup */
  shipOrder: {
    parameters: {
      path: {
        /** @description order id */
        id: string;
      };
    };
    requestBody?: {
      content: {
        "application/json": components["schemas"]["OrderShipInput"];
      };
    };
    responses: {
      /** @description the order after the step */
      200: {
        content: {
          "application/json": components["schemas"]["Order"];
        };
      };
      /** @description Invalid input */
      400: {
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Missing or invalid API token */
      401: {
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Not allowed for this user */
      403: {
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Not found */
      404: {
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Conflict with the current state */
      409: {
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      413: components["responses"]["PayloadTooLarge"];
      415: components["responses"]["UnsupportedMediaType"];
      429: components["responses"]["RateLimited"];
      500: components["responses"]["Internal"];
      503: components["responses"]["Unavailable"];
    };
  };
  /** Buyer: one of my payments (its page link or QR) */
  getPayment: {
    parameters: {
      path: {
        id: string;
      };
    };
    responses: {
      /** @description the payment */
      200: {
        content: {
          "application/json": components["schemas"]["Payment"];
        };
      };
      /** @description Missing or invalid API token */
      401: {
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Not allowed for this user */
      403: {
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Not found */
      404: {
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      429: components["responses"]["RateLimited"];
      500: components["responses"]["Internal"];
      503: components["responses"]["Unavailable"];
    };
  };
  /** Admin: refund a payment through the gateway (a settlement after expiry, or on request) */
  refundPayment: {
    parameters: {
      path: {
        id: string;
      };
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["RefundRequest"];
      };
    };
    responses: {
      /** @description the payment after the refund */
      200: {
        content: {
          "application/json": components["schemas"]["Payment"];
        };
      };
      /** @description Invalid input */
      400: {
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Missing or invalid API token */
      401: {
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Not allowed for this user */
      403: {
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Not found */
      404: {
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Conflict with the current state */
      409: {
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      413: components["responses"]["PayloadTooLarge"];
      415: components["responses"]["UnsupportedMediaType"];
      429: components["responses"]["RateLimited"];
      500: components["responses"]["Internal"];
      /** @description Database or service unavailable */
      503: {
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
    };
  };
  /** Admin: producers owed money for orders paid online */
  listPayouts: {
    responses: {
      /** @description balances */
      200: {
        content: {
          "application/json": {
            items: components["schemas"]["PayoutBalance"][];
          };
        };
      };
      /** @description Missing or invalid API token */
      401: {
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Not allowed for this user */
      403: {
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      429: components["responses"]["RateLimited"];
      500: components["responses"]["Internal"];
      503: components["responses"]["Unavailable"];
    };
  };
  /** Admin: mark a producer’s balance as transferred, with the bank reference */
  markPayoutTransferred: {
    parameters: {
      header?: {
        "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
      };
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["PayoutTransfer"];
      };
    };
    responses: {
      /** @description the payout */
      201: {
        content: {
          "application/json": components["schemas"]["Payout"];
        };
      };
      /** @description Invalid input */
      400: {
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Missing or invalid API token */
      401: {
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Not allowed for this user */
      403: {
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Conflict with the current state */
      409: {
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      413: components["responses"]["PayloadTooLarge"];
      415: components["responses"]["UnsupportedMediaType"];
      429: components["responses"]["RateLimited"];
      500: components["responses"]["Internal"];
      503: components["responses"]["Unavailable"];
    };
  };
  /** Admin: balances owed and payouts made, as CSV */
  exportPayoutsCsv: {
    responses: {
      /** @description CSV */
      200: {
        content: {
          "text/csv": string;
        };
      };
      /** @description Missing or invalid API token */
      401: {
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Not allowed for this user */
      403: {
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      429: components["responses"]["RateLimited"];
      500: components["responses"]["Internal"];
      503: components["responses"]["Unavailable"];
    };
  };
  /** Published products: filter by regency, category and permit; text search; cursor pagination */
  listProducts: {
    parameters: {
      query?: {
        /** @description text search, typo tolerant */
        q?: string;
        region?: string;
        category?: string;
        permit?: "HALAL" | "SPP_IRT" | "BPOM_MD";
        limit?: number;
        /** @description nextCursor of the previous page (opaque) */
        cursor?: string;
      };
      header?: {
        /** @description an ETag from an earlier answer */
        "if-none-match"?: string;
      };
    };
    responses: {
      /** @description a page of products */
      200: {
        headers: {
          /** @description entity tag of this answer, for If-None-Match */
          ETag?: string;
        };
        content: {
          "application/json": components["schemas"]["ProductPage"];
        };
      };
      /** @description not modified since the ETag sent in If-None-Match */
      304: {
        headers: {
          /** @description the entity tag */
          ETag?: string;
        };
        content: never;
      };
      /** @description Invalid input */
      400: {
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      429: components["responses"]["RateLimited"];
      500: components["responses"]["Internal"];
      503: components["responses"]["Unavailable"];
    };
  };
  /** One published product by id, code or slug */
  getProduct: {
    parameters: {
      header?: {
        /** @description an ETag from an earlier answer */
        "if-none-match"?: string;
      };
      path: {
        /** @description product id, code or slug */
        id: string;
      };
    };
    responses: {
      /** @description the product */
      200: {
        headers: {
          /** @description entity tag of this answer, for If-None-Match */
          ETag?: string;
        };
        content: {
          "application/json": components["schemas"]["Product"];
        };
      };
      /** @description not modified since the ETag sent in If-None-Match */
      304: {
        headers: {
          /** @description the entity tag */
          ETag?: string;
        };
        content: never;
      };
      /** @description Invalid input */
      400: {
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Not found */
      404: {
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      429: components["responses"]["RateLimited"];
      500: components["responses"]["Internal"];
      503: components["responses"]["Unavailable"];
    };
  };
  /** Designate an approved product as its regency's flagship for a month (default: this month, WITA) */
  designateFlagship: {
    parameters: {
      header?: {
        "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
      };
      path: {
        /** @description product id */
        id: string;
      };
    };
    requestBody?: {
      content: {
        "application/json": components["schemas"]["FlagshipInput"];
      };
    };
    responses: {
      /** @description designated */
      201: {
        content: {
          "application/json": components["schemas"]["FlagshipDesignation"];
        };
      };
      /** @description Invalid input */
      400: {
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Missing or invalid API token */
      401: {
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Not allowed for this user */
      403: {
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Not found */
      404: {
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Conflict with the current state */
      409: {
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      413: components["responses"]["PayloadTooLarge"];
      415: components["responses"]["UnsupportedMediaType"];
      429: components["responses"]["RateLimited"];
      500: components["responses"]["Internal"];
      503: components["responses"]["Unavailable"];
    };
  };
  /** Score and decide a submitted product (curator of its regency or admin); a second decision gets 409 */
  reviewProduct: {
    parameters: {
      header?: {
        "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
      };
      path: {
        /** @description product id */
        id: string;
      };
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["ReviewInput"];
      };
    };
    responses: {
      /** @description decided */
      201: {
        content: {
          "application/json": components["schemas"]["Review"];
        };
      };
      /** @description Invalid input */
      400: {
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Missing or invalid API token */
      401: {
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Not allowed for this user */
      403: {
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Not found */
      404: {
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Conflict with the current state */
      409: {
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      413: components["responses"]["PayloadTooLarge"];
      415: components["responses"]["UnsupportedMediaType"];
      429: components["responses"]["RateLimited"];
      500: components["responses"]["Internal"];
      503: components["responses"]["Unavailable"];
    };
  };
  /** The 22 regencies and cities of NTT */
  listRegions: {
    parameters: {
      header?: {
        /** @description an ETag from an earlier answer */
        "if-none-match"?: string;
      };
    };
    responses: {
      /** @description regions */
      200: {
        headers: {
          /** @description entity tag of this answer, for If-None-Match */
          ETag?: string;
        };
        content: {
          "application/json": {
            items: components["schemas"]["Region"][];
          };
        };
      };
      /** @description not modified since the ETag sent in If-None-Match */
      304: {
        headers: {
          /** @description the entity tag */
          ETag?: string;
        };
        content: never;
      };
      429: components["responses"]["RateLimited"];
      500: components["responses"]["Internal"];
      503: components["responses"]["Unavailable"];
    };
  };
  /** The monthly report over all 22 regencies (admins): JSON, CSV or PDF; default month: the last complete one */
  getMonthlyReport: {
    parameters: {
      query?: {
        month?: string;
        format?: "json" | "csv" | "pdf";
        lang?: "id" | "en";
      };
    };
    responses: {
      /** @description the report: JSON (month, summary, rows), text/csv, or application/pdf */
      200: {
        content: never;
      };
      /** @description Invalid input */
      400: {
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Missing or invalid API token */
      401: {
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Not allowed for this user */
      403: {
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      429: components["responses"]["RateLimited"];
      500: components["responses"]["Internal"];
      503: components["responses"]["Unavailable"];
    };
  };
  /** Shipping to a destination per producer, for a product or else my cart */
  estimateShipping: {
    parameters: {
      query: {
        destination: string;
        productId?: string;
      };
    };
    responses: {
      /** @description estimates (null: the producer confirms the cost) */
      200: {
        content: {
          "application/json": {
            items: ({
                businessName: string;
                producerId: string;
                shippingIdr: number | null;
                weightGrams: number;
                /** @enum {string} */
                zone: "SAME_REGENCY" | "NTT" | "INDONESIA" | "ABROAD";
              })[];
          };
        };
      };
      /** @description Invalid input */
      400: {
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Missing or invalid API token */
      401: {
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Not allowed for this user */
      403: {
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      429: components["responses"]["RateLimited"];
      500: components["responses"]["Internal"];
      503: components["responses"]["Unavailable"];
    };
  };
  /** Flagships against the target per regency for a WITA month (default: this month), largest gap first */
  getTargets: {
    parameters: {
      query?: {
        month?: string;
      };
    };
    responses: {
      /** @description progress */
      200: {
        content: {
          "application/json": {
            items: components["schemas"]["TargetProgress"][];
            month: string;
          };
        };
      };
      /** @description Invalid input */
      400: {
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Missing or invalid API token */
      401: {
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Not allowed for this user */
      403: {
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      429: components["responses"]["RateLimited"];
      500: components["responses"]["Internal"];
      503: components["responses"]["Unavailable"];
    };
  };
  /** Set the target of one regency for one month (admins) */
  setTarget: {
    parameters: {
      path: {
        region: string;
        month: string;
      };
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["TargetInput"];
      };
    };
    responses: {
      /** @description saved */
      200: {
        content: {
          "application/json": {
            month: string;
            regionCode: string;
            target: number;
          };
        };
      };
      /** @description Invalid input */
      400: {
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Missing or invalid API token */
      401: {
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Not allowed for this user */
      403: {
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Not found */
      404: {
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      413: components["responses"]["PayloadTooLarge"];
      415: components["responses"]["UnsupportedMediaType"];
      429: components["responses"]["RateLimited"];
      500: components["responses"]["Internal"];
      503: components["responses"]["Unavailable"];
    };
  };
  /** Health of the database, channels and outbox */
  getHealth: {
    responses: {
      /** @description up */
      200: {
        content: {
          "application/json": components["schemas"]["Health"];
        };
      };
      429: components["responses"]["RateLimited"];
      500: components["responses"]["Internal"];
      /** @description database down */
      503: {
        content: {
          "application/json": components["schemas"]["Health"];
        };
      };
    };
  };
  /** An admin command of npm run admin (invite, token create/revoke/list, users) */
  adminCommand: {
    requestBody: {
      content: {
        /**
         * @example {
         *   "command": "invite",
         *   "role": "CURATOR",
         *   "regionCodes": [
         *     "53.09"
         *   ],
         *   "ttlDays": 14
         * }
         */
        "application/json": ({
          /** @enum {string} */
          command: "invite";
          /** @default [] */
          regionCodes?: string[];
          /** @enum {string} */
          role: "ADMIN" | "CURATOR";
          /** @default 14 */
          ttlDays?: number;
        }) | {
          /** @enum {string} */
          command: "token-create";
          name: string;
          user: string;
        } | {
          /** @enum {string} */
          command: "token-revoke";
          id: string;
        } | {
          /** @enum {string} */
          command: "token-list";
        } | ({
          /** @enum {string} */
          command: "users";
          /** @enum {string} */
          role?: "BUYER" | "PRODUCER" | "CURATOR" | "ADMIN";
        }) | {
          /** @enum {string} */
          command: "rates-set";
          currency: string;
          idrPerUnit: number;
        } | {
          /** @enum {string} */
          command: "rates-list";
        };
      };
    };
    responses: {
      /** @description what the command did */
      200: {
        content: {
          "application/json": {
            [key: string]: unknown;
          } | {
              [key: string]: unknown;
            }[];
        };
      };
      /** @description Invalid input */
      400: {
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      401: components["responses"]["Unauthorized"];
      /** @description Not a loopback caller */
      403: {
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      413: components["responses"]["PayloadTooLarge"];
      415: components["responses"]["UnsupportedMediaType"];
      500: components["responses"]["Internal"];
      503: components["responses"]["Unavailable"];
    };
  };
  /** A consistent backup of the embedded database into <DATA_DIR>/backups/ */
  backup: {
    requestBody: {
      content: {
        /** @example {} */
        "application/json": Record<string, never>;
      };
    };
    responses: {
      /** @description the backup file */
      200: {
        content: {
          "application/json": {
            bytes: number;
            file: string;
          };
        };
      };
      /** @description Invalid input */
      400: {
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      401: components["responses"]["Unauthorized"];
      /** @description Not a loopback caller */
      403: {
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      413: components["responses"]["PayloadTooLarge"];
      415: components["responses"]["UnsupportedMediaType"];
      500: components["responses"]["Internal"];
      503: components["responses"]["Unavailable"];
    };
  };
  /** What was sent to a console user since their last turn (notifications) */
  consolePoll: {
    requestBody: {
      content: {
        /**
         * @example {
         *   "user": "maria"
         * }
         */
        "application/json": {
          /** @enum {string} */
          lang?: "id" | "en";
          user: string;
        };
      };
    };
    responses: {
      /** @description the pending lines */
      200: {
        content: {
          "application/json": components["schemas"]["ConsoleLines"];
        };
      };
      /** @description Invalid input */
      400: {
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      401: components["responses"]["Unauthorized"];
      /** @description Not a loopback caller */
      403: {
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      413: components["responses"]["PayloadTooLarge"];
      415: components["responses"]["UnsupportedMediaType"];
      500: components["responses"]["Internal"];
      503: components["responses"]["Unavailable"];
    };
  };
  /** One console chat turn as a user: the typed line in, the bot's answer as printed lines out */
  consoleTurn: {
    requestBody: {
      content: {
        /**
         * @example {
         *   "user": "maria",
         *   "line": "kopi bajawa",
         *   "lang": "id"
         * }
         */
        "application/json": {
          /** @enum {string} */
          lang?: "id" | "en";
          line: string;
          user: string;
        };
      };
    };
    responses: {
      /** @description the answer */
      200: {
        content: {
          "application/json": components["schemas"]["ConsoleLines"];
        };
      };
      /** @description Invalid input */
      400: {
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      401: components["responses"]["Unauthorized"];
      /** @description Not a loopback caller */
      403: {
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      413: components["responses"]["PayloadTooLarge"];
      415: components["responses"]["UnsupportedMediaType"];
      500: components["responses"]["Internal"];
      503: components["responses"]["Unavailable"];
    };
  };
  /** Seed the reference data, and with demo=true the demo producers and products (idempotent) */
  seed: {
    requestBody: {
      content: {
        /**
         * @example {
         *   "demo": true
         * }
         */
        "application/json": {
          /** @default false */
          demo?: boolean;
        };
      };
    };
    responses: {
      /** @description what was seeded */
      200: {
        content: {
          "application/json": components["schemas"]["SeedCounts"];
        };
      };
      /** @description Invalid input */
      400: {
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      401: components["responses"]["Unauthorized"];
      /** @description Not a loopback caller */
      403: {
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      413: components["responses"]["PayloadTooLarge"];
      415: components["responses"]["UnsupportedMediaType"];
      500: components["responses"]["Internal"];
      503: components["responses"]["Unavailable"];
    };
  };
  /** Midtrans payment notification (signature checked, status re-read from Midtrans) */
  receiveMidtransNotification: {
    requestBody: {
      content: {
        "application/json": components["schemas"]["MidtransNotification"];
      };
    };
    responses: {
      /** @description acted on (or recognised as a duplicate) */
      200: {
        content: {
          "application/json": {
            ok: boolean;
            /** @enum {string} */
            outcome: "settled" | "duplicate" | "expired" | "late_settlement_flagged" | "amount_mismatch" | "refunded" | "pending" | "ignored";
          };
        };
      };
      /** @description Invalid input */
      400: {
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Missing or invalid API token */
      401: {
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Not found */
      404: {
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      413: components["responses"]["PayloadTooLarge"];
      415: components["responses"]["UnsupportedMediaType"];
      /** @description Rate limited */
      429: {
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      500: components["responses"]["Internal"];
      /** @description Database or service unavailable */
      503: {
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
    };
  };
  /**
   * Verify the WhatsApp Cloud API webhook subscription (Meta echoes hub.challenge)
   * @description Public. Answers hub.challenge when hub.mode is "subscribe" and hub.verify_token equals WHATSAPP_CLOUD_VERIFY_TOKEN.
   */
  verifyWhatsAppWebhook: {
    parameters: {
      query?: {
        "hub.mode"?: string;
        "hub.verify_token"?: string;
        "hub.challenge"?: string;
      };
    };
    responses: {
      /** @description the challenge, echoed */
      200: {
        content: {
          "text/plain": string;
        };
      };
      /** @description Invalid input */
      400: {
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Wrong verify token or mode */
      403: {
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description The WhatsApp Cloud transport is off */
      404: {
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      500: components["responses"]["Internal"];
      503: components["responses"]["Unavailable"];
    };
  };
  /**
   * Receive WhatsApp Cloud API messages and delivery statuses (signed by Meta)
   * @description Public, signature-checked: X-Hub-Signature-256 must be sha256=HMAC-SHA256(app secret, raw body). The body is Meta's webhook payload (object whatsapp_business_account); answered 200 once its messages are handled, 503 when one could not be (Meta delivers it again).
   */
  receiveWhatsAppWebhook: {
    parameters: {
      header?: {
        "x-hub-signature-256"?: string;
      };
    };
    responses: {
      /** @description handled */
      200: {
        content: {
          "application/json": {
            /** @enum {boolean} */
            received: true;
          };
        };
      };
      /** @description Missing or invalid signature */
      401: {
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description The WhatsApp Cloud transport is off */
      404: {
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      /** @description Body too large */
      413: {
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      500: components["responses"]["Internal"];
      /** @description A message could not be handled now; deliver it again */
      503: {
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
    };
  };
}
